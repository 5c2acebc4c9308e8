import LanguageIcon from '@mui/icons-material/Language';
import { WebsiteCreate } from './WebsiteCreate';
import { WebsiteEdit } from './WebsiteEdit';
import { WebsiteList } from './WebsiteList';

export const websitesResource = {
  list: WebsiteList,
  edit: WebsiteEdit,
  create: WebsiteCreate,
  icon: LanguageIcon,
  recordRepresentation: 'title',
};
