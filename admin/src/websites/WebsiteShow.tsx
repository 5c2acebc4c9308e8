import { EditButton, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';
import { StaleChip } from './StaleChip';

export function WebsiteShow() {
  return (
    <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="address" translate="no" />
        <EnumField source="network" enumName="WebsiteNetwork" />
        <ReferenceField source="bureauId" reference="bureaus" link="show" />
        <DayField source="launchedOn" />
        <DayField source="lastUpdatedOn" />
        <NumberField source="daysSinceLastUpdate" />
        <StaleChip source="stale" />
      </SimpleShowLayout>
    </Show>
  );
}
