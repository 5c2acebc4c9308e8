import { registerEnumType } from 'type-graphql';

export enum WebsiteNetwork {
  INTRANET = 'INTRANET',
  EXTRANET = 'EXTRANET',
}

registerEnumType(WebsiteNetwork, {
  name: 'WebsiteNetwork',
  description: 'Network a website is published on (网络).',
  valuesConfig: {
    INTRANET: { description: 'Party-government intranet (内网, 党政内网).' },
    EXTRANET: { description: 'Internet / government extranet (外网).' },
  },
});
