import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/**
 * react-admin's own English messages, with its notices in the words the
 * Chinese interface uses (react-admin-chinese.ts): 保存成功 is "Saved", for a
 * new record as for a change, and a record is a record, not an "element".
 */
export const reactAdminEnglish: TranslationMessages = {
    ...englishMessages,
    ra: {
        ...englishMessages.ra,
        notification: {
            ...englishMessages.ra.notification,
            updated: 'Saved |||| %{smart_count} records saved',
            created: 'Saved',
            deleted: 'Deleted |||| %{smart_count} records deleted',
            bad_item: 'Incorrect record',
            item_doesnt_exist: 'Record does not exist',
        },
    },
};
