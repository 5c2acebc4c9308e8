import ApartmentIcon from '@mui/icons-material/Apartment';
import { UnitCreate } from './UnitCreate';
import { UnitEdit } from './UnitEdit';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

export const unitsResource = {
  list: UnitList,
  show: UnitShow,
  edit: UnitEdit,
  create: UnitCreate,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
