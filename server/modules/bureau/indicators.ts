import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import type { Website } from '../website/website.entity';
import { WebsiteNetwork } from '../website/website-network';
import type { Bureau } from './bureau.entity';

@ObjectType({ simpleResolvers: true, description: 'Whether one e-government item is built (建成情况), and since when.' })
export class Indicator {
  @Field(() => Boolean, { description: 'Whether the item is built (是否建成).' })
  built!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Date the item was built (建成日期); null when not built.' })
  builtOn!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The survey's five main e-government indicators of a bureau (五项主要指标)." })
export class BureauIndicators {
  @Field(() => Indicator, { description: 'Intranet and intranet website (内网及网站); derived from the bureau\'s INTRANET websites.' })
  intranetSite!: Indicator;

  @Field(() => Indicator, { description: 'Extranet and extranet website (外网及网站); derived from the bureau\'s EXTRANET websites.' })
  extranetSite!: Indicator;

  @Field(() => Indicator, { description: 'Local area network (局域网).' })
  localAreaNetwork!: Indicator;

  @Field(() => Indicator, { description: 'Paperless office (无纸化办公).' })
  paperlessOffice!: Indicator;

  @Field(() => Indicator, { description: 'Electronic document exchange (电子公文交换).' })
  documentExchange!: Indicator;
}

@ObjectType({ simpleResolvers: true, description: 'Connection of a bureau to the party-government intranet (党政内网).' })
export class PartyIntranetConnection {
  @Field(() => Boolean, { description: 'Whether the bureau is connected (是否连通).' })
  connected!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Date the connection was opened (开通日期).' })
  connectedOn!: string | null;
}

function indicator(builtOn: string | null): Indicator {
  return { built: builtOn !== null, builtOn };
}

function earliestLaunch(websites: Website[], network: WebsiteNetwork): string | null {
  const launches = websites.filter((site) => site.network === network).map((site) => site.launchedOn);
  return launches.length === 0 ? null : launches.reduce((earliest, date) => (date < earliest ? date : earliest));
}

export function indicatorsOf(bureau: Bureau, websites: Website[]): BureauIndicators {
  return {
    intranetSite: indicator(earliestLaunch(websites, WebsiteNetwork.INTRANET)),
    extranetSite: indicator(earliestLaunch(websites, WebsiteNetwork.EXTRANET)),
    localAreaNetwork: indicator(bureau.localAreaNetworkBuiltOn),
    paperlessOffice: indicator(bureau.paperlessOfficeBuiltOn),
    documentExchange: indicator(bureau.documentExchangeBuiltOn),
  };
}
