import LanguageIcon from '@mui/icons-material/Language';
import { WebsiteCreate } from './WebsiteCreate';
import { WebsiteEdit } from './WebsiteEdit';
import { WebsiteList } from './WebsiteList';
import { WebsiteShow } from './WebsiteShow';

export const websitesResource = {
  list: WebsiteList,
  show: WebsiteShow,
  edit: WebsiteEdit,
  create: WebsiteCreate,
  icon: LanguageIcon,
  recordRepresentation: 'title',
};
