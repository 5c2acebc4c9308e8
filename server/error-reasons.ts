/**
 * The API's error contract: every reason an error from Bianzhi can carry in
 * `extensions.reason`, with its `extensions.code`, the parameters that travel
 * beside it as fields of `extensions`, and its English message. Clients
 * translate by reason and parameters, never by parsing the message.
 *
 * One file rather than one per module: it is read as one table (the README's,
 * the admin client's catalogue test), and reasons are shared across modules
 * (TEXT_TOO_LONG, UNKNOWN_REFERENCE, STALE_VERSION).
 */

type ParameterKind = NumberConstructor | StringConstructor;
type ParameterSpec = Record<string, ParameterKind>;

export type ParameterValues<Spec extends ParameterSpec> = { [Name in keyof Spec]: Spec[Name] extends NumberConstructor ? number : string };

export interface ReasonDefinition<Code extends string = string, Spec extends ParameterSpec = ParameterSpec> {
  code: Code;
  meaning: string;
  parameters: Spec;
  /** The English message; absent where the message is the one of the library that raised the error (graphql-js, Apollo, Express). */
  message?: (values: ParameterValues<Spec>) => string;
}

/** A reason whose English message Bianzhi writes. */
function reason<Code extends string, Spec extends ParameterSpec>(
  code: Code,
  meaning: string,
  parameters: Spec,
  message: (values: ParameterValues<Spec>) => string,
): ReasonDefinition<Code, Spec> & { message: (values: ParameterValues<Spec>) => string } {
  return { code, meaning, parameters, message };
}

/** A reason given to an error raised by a library (graphql-js, Apollo, Express), whose English message it keeps. */
function library<Code extends string, Spec extends ParameterSpec = {}>(code: Code, meaning: string, parameters = {} as Spec): ReasonDefinition<Code, Spec> & { message?: undefined } {
  return { code, meaning, parameters };
}

const none = {};

export const errorReasons = {
  // ----- records: found, current, referenced -------------------------------
  RECORD_NOT_FOUND: reason('NOT_FOUND', 'No record of this kind with this id (or it was deleted).', { entity: String, id: String }, ({ entity, id }) => `no ${entity} with id ${id}`),
  UNKNOWN_REFERENCE: reason('BAD_USER_INPUT', 'The input refers to a record that does not exist.', { entity: String, id: String }, ({ entity, id }) => `no ${entity} with id ${id}`),
  STALE_VERSION: reason(
    'CONFLICT',
    'The record changed since the client read it (optimistic locking): reload, then apply the change again.',
    { entity: String, id: String },
    ({ entity, id }) => `${entity} ${id} was changed by someone else since you read it; reload it and apply your change again`,
  ),
  INVALID_ID: reason('BAD_USER_INPUT', 'Not an id Bianzhi gives out (a positive integer).', { value: String }, ({ value }) => `"${value}" is not a valid id`),

  // ----- generic input checks ----------------------------------------------
  TEXT_EMPTY: reason('BAD_USER_INPUT', 'Text that must not be empty (after trimming) is.', none, () => 'must not be empty'),
  TEXT_TOO_LONG: reason('BAD_USER_INPUT', 'Text longer than the field allows.', { maximum: Number }, ({ maximum }) => `must be at most ${maximum} characters`),
  NOT_A_WHOLE_NUMBER: reason('BAD_USER_INPUT', 'A count that must be a whole number, zero or more.', none, () => 'must be a whole number, zero or more'),
  NEGATIVE_NUMBER: reason('BAD_USER_INPUT', 'A number that must not be negative is.', none, () => 'must not be negative'),
  DATE_BEFORE: reason(
    'BAD_USER_INPUT',
    'A date earlier than another it must not precede (`earlierField` names that one, `earlier` is its value).',
    { earlierField: String, earlier: String },
    ({ earlierField, earlier }) => `must not be before ${earlierField} (${earlier})`,
  ),
  DATE_IN_FUTURE: reason('BAD_USER_INPUT', "A date after today (China's calendar date).", { today: String }, ({ today }) => `must not be in the future (today is ${today})`),
  NULL_NOT_ALLOWED: reason('BAD_USER_INPUT', 'An update sets to null a field that cannot be empty.', none, () => 'cannot be null; leave it out to keep the current value'),
  LIMIT_OUT_OF_RANGE: reason('BAD_USER_INPUT', 'A page size outside 0 to `maximum`.', { maximum: Number }, ({ maximum }) => `must be between 0 and ${maximum}`),
  UNPAIRED_SURROGATE: reason('BAD_USER_INPUT', 'Text holding half of a UTF-16 surrogate pair, which is no character; `field` is the path in the request.', none, () => 'text must not contain an unpaired surrogate (U+D800 to U+DFFF)'),
  NUL_CHARACTER: reason('BAD_USER_INPUT', 'Text holding U+0000, which PostgreSQL cannot store; `field` is the path in the request.', none, () => 'text must not contain the NUL character (U+0000)'),

  // ----- authentication (UNAUTHENTICATED) -----------------------------------
  LOGIN_REQUIRED: reason('UNAUTHENTICATED', 'The operation needs credentials and none were sent.', none, () => 'Log in first'),
  LOGIN_REQUIRED_FOR_FIELDS: reason(
    'UNAUTHENTICATED',
    'The operation asks for root fields (`fields`, comma-separated) that need credentials.',
    { fields: String },
    ({ fields }) => `Log in first: ${fields} needs a bearer token (Authorization: Bearer <token>)`,
  ),
  AUTHORIZATION_MALFORMED: reason('UNAUTHENTICATED', 'The Authorization header is not `Bearer <token>`.', none, () => 'The Authorization header must be "Bearer <token>"'),
  TOKEN_INVALID: reason('UNAUTHENTICATED', 'The bearer token is unknown, expired or revoked.', none, () => 'The bearer token is unknown, expired or revoked; log in again'),
  WRONG_CREDENTIALS: reason('UNAUTHENTICATED', 'Login with a wrong username or password (which of the two is not said).', none, () => 'Wrong username or password'),
  TOO_MANY_FAILED_LOGINS: reason(
    'TOO_MANY_LOGIN_ATTEMPTS',
    'Too many failed logins for this username or from this address: retry after `retryAfterSeconds` (HTTP 429, Retry-After).',
    { retryAfterSeconds: Number, minutes: Number },
    ({ minutes }) => `Too many failed logins; try again in ${minutes} minute(s)`,
  ),

  // ----- roles and jurisdiction (FORBIDDEN) ----------------------------------
  ROLE_READS_ONLY: reason(
    'FORBIDDEN',
    'A read-only role (`role`) sent a mutation (`operation`).',
    { operation: String, role: String },
    ({ operation, role }) => `${operation}: a ${role} account reads only; changes need an administrator`,
  ),
  AUDIT_TRAIL_RESTRICTED: reason(
    'FORBIDDEN',
    'An integrator asked for the audit trail or the accounts (`operation`).',
    { operation: String },
    ({ operation }) => `${operation}: the audit trail and the accounts are for auditors and administrators`,
  ),
  OPERATION_NOT_OPEN: reason('FORBIDDEN', 'The operation (`operation`) declares no audience that includes the caller.', { operation: String }, ({ operation }) => `${operation} is refused`),
  NEW_PLACE_OUTSIDE_JURISDICTION: reason(
    'FORBIDDEN',
    "A change would move the record (`entity`) outside the caller's jurisdiction.",
    { entity: String },
    ({ entity }) => `the ${entity}'s new place is outside your jurisdiction`,
  ),
  WHOLE_REGISTRY_OUTSIDE_JURISDICTION: reason('FORBIDDEN', 'Only a province administrator may create an account for the whole registry.', none, () => 'the whole registry is outside your jurisdiction'),
  JURISDICTION_ROOT_UNDELETABLE: reason('FORBIDDEN', "The bureau at the root of the caller's jurisdiction can be deleted only from above.", none, () => 'the bureau at the root of your jurisdiction can only be deleted by an office above it'),
  OTHERS_TOKENS_REVOKED_BY_ADMINISTRATORS: reason('FORBIDDEN', "Only administrators revoke other accounts' tokens.", none, () => 'only administrators revoke the tokens of other accounts'),
  OTHERS_TOKENS_HIDDEN: reason('FORBIDDEN', "Only auditors and administrators see other accounts' tokens.", none, () => "only auditors and administrators see other accounts' tokens"),
  OWN_ACCOUNT_NOT_DISABLED: reason('FORBIDDEN', 'An administrator tried to disable their own account.', none, () => 'you cannot disable your own account'),
  NATIONAL_ID_SEARCH_FORBIDDEN: reason('FORBIDDEN', 'A role that sees national ID numbers masked searched by one.', none, () => 'your role sees national ID numbers masked and cannot search by them'),
  BIRTH_DATE_SORT_FORBIDDEN: reason('FORBIDDEN', 'A role that sees birth dates masked sorted by them.', none, () => 'your role sees birth dates masked and cannot sort by them'),

  // ----- accounts ------------------------------------------------------------
  USERNAME_INVALID: reason('BAD_USER_INPUT', 'A username must be 3 to 60 letters, digits, dots, dashes or underscores.', none, () => 'must be 3 to 60 letters, digits, dots, dashes or underscores'),
  USERNAME_TAKEN: reason('BAD_USER_INPUT', 'Another account has this username.', { username: String }, ({ username }) => `${username} is taken`),
  ROLE_BUREAU_LEVEL_MISMATCH: reason(
    'BAD_USER_INPUT',
    "The role (`role`) belongs to a bureau of `level`; the bureau chosen (`bureauName`) is of `bureauLevel`.",
    { role: String, level: String, bureauName: String, bureauLevel: String },
    ({ role, level, bureauName, bureauLevel }) => `a ${role} belongs to a ${level} bureau; ${bureauName} is a ${bureauLevel}`,
  ),
  ROLE_NEEDS_BUREAU: reason('BAD_USER_INPUT', 'The role (`role`) needs a bureau of `level`.', { role: String, level: String }, ({ role, level }) => `a ${role} needs a ${level} bureau`),
  ROLE_NEEDS_PASSWORD: reason('BAD_USER_INPUT', 'People (every role but INTEGRATOR) log in with a password.', { role: String }, ({ role }) => `a ${role} logs in with a password`),
  INTEGRATOR_HAS_NO_PASSWORD: reason('BAD_USER_INPUT', 'An INTEGRATOR account uses API tokens and is never given a password.', none, () => 'an INTEGRATOR account uses API tokens, never a password'),
  PASSWORD_TOO_SHORT: reason('BAD_USER_INPUT', 'A password shorter than `minimum` characters.', { minimum: Number }, ({ minimum }) => `must be at least ${minimum} characters`),
  ACCOUNT_HAS_NO_PASSWORD: reason('BAD_USER_INPUT', 'An integrator account has no password to change.', none, () => 'this account has no password; it uses API tokens'),
  CURRENT_PASSWORD_WRONG: reason('BAD_USER_INPUT', 'The current password given is wrong.', none, () => 'is not the current password'),
  NEW_PASSWORD_UNCHANGED: reason('BAD_USER_INPUT', 'The new password equals the current one.', none, () => 'must differ from the current password'),
  EXPIRY_NOT_IN_FUTURE: reason('BAD_USER_INPUT', "A token's expiry that is not in the future.", none, () => 'must be in the future'),
  API_TOKEN_FOR_INTEGRATORS_ONLY: reason('BAD_USER_INPUT', 'API tokens are issued to INTEGRATOR accounts only.', none, () => 'API tokens are for INTEGRATOR accounts; people log in'),

  // ----- bureaus (编办) ---------------------------------------------------------
  DIVISION_CODE_FORMAT: reason('BAD_USER_INPUT', 'Not a 6-digit administrative division code (行政区划代码).', none, () => 'must be a 6-digit administrative division code (行政区划代码), e.g. 520300'),
  PROVINCE_CODE_FORMAT: reason('BAD_USER_INPUT', "A province's code ends in 0000.", none, () => 'a province code ends in 0000, e.g. 520000'),
  PREFECTURE_CODE_FORMAT: reason('BAD_USER_INPUT', "A prefecture's code ends in 00 but not 0000.", none, () => 'a prefecture code ends in 00 but not 0000, e.g. 520300'),
  COUNTY_CODE_FORMAT: reason('BAD_USER_INPUT', "A county's code does not end in 00.", none, () => 'a county code does not end in 00, e.g. 520302'),
  CODE_OUTSIDE_PROVINCE: reason('BAD_USER_INPUT', "A prefecture's code must start with its province's digits (`prefix`).", { prefix: String }, ({ prefix }) => `must start with its province's digits ${prefix}`),
  CODE_OUTSIDE_PREFECTURE: reason('BAD_USER_INPUT', "A county's code must start with its prefecture's digits (`prefix`).", { prefix: String }, ({ prefix }) => `must start with its prefecture's digits ${prefix}`),
  BUREAU_CODE_TAKEN: reason('BAD_USER_INPUT', 'Another bureau has this code (which one is not said: it may lie outside the jurisdiction).', none, () => 'is already the code of another bureau'),
  PROVINCE_HAS_NO_PARENT: reason('BAD_USER_INPUT', 'A PROVINCE bureau is the root and has no parent.', none, () => 'a PROVINCE bureau is the root of the tree and has no parent'),
  PARENT_REQUIRED: reason('BAD_USER_INPUT', 'A bureau of `level` needs a parent of `parentLevel`.', { level: String, parentLevel: String }, ({ level, parentLevel }) => `a ${level} bureau needs a parent of level ${parentLevel}`),
  PARENT_LEVEL_MISMATCH: reason(
    'BAD_USER_INPUT',
    'A bureau of `level` placed under one (`parentName`) of `parentLevel`; its parent must be of `expectedParentLevel`.',
    { level: String, parentName: String, parentLevel: String, expectedParentLevel: String },
    ({ level, parentName, parentLevel, expectedParentLevel }) => `a ${level} bureau cannot be placed under ${parentName}, a ${parentLevel} bureau; its parent must be a ${expectedParentLevel}`,
  ),
  BUREAU_MOVE_CYCLE: reason(
    'BAD_USER_INPUT',
    'The new parent (`parentName`) lies in the subtree of the bureau moved (`bureauName`).',
    { parentName: String, bureauName: String },
    ({ parentName, bureauName }) => `${parentName} is inside the subtree of ${bureauName}; moving there would make a cycle`,
  ),
  BUREAU_LEVEL_FIXED: reason('BAD_USER_INPUT', 'The level of a bureau with child bureaus cannot change.', none, () => 'cannot change the level of a bureau that has child bureaus'),
  BUREAU_HAS_CHILD_BUREAUS: reason('BAD_USER_INPUT', 'A bureau (`name`) to delete still has `count` child bureaus.', { name: String, count: Number }, ({ name, count }) => `${name} still has ${count} child bureau(s); move or delete them first`),
  BUREAU_HAS_UNITS: reason('BAD_USER_INPUT', 'A bureau (`name`) to delete still has `count` e-government units.', { name: String, count: Number }, ({ name, count }) => `${name} still has ${count} e-government unit(s); delete them first`),
  BUREAU_HAS_WEBSITES: reason('BAD_USER_INPUT', 'A bureau (`name`) to delete still has `count` websites.', { name: String, count: Number }, ({ name, count }) => `${name} still has ${count} website(s); delete them first`),
  BUREAU_STILL_HAS_CHILD_BUREAUS: reason('BAD_USER_INPUT', 'A child bureau was added while the bureau was being deleted.', none, () => 'the bureau still has child bureaus'),
  BUREAU_STILL_HAS_UNITS: reason('BAD_USER_INPUT', 'A unit was added while the bureau was being deleted.', none, () => 'the bureau still has e-government units'),
  BUREAU_STILL_HAS_WEBSITES: reason('BAD_USER_INPUT', 'A website was added while the bureau was being deleted.', none, () => 'the bureau still has websites'),
  BUREAU_STILL_HAS_ACCOUNTS: reason('BAD_USER_INPUT', 'Accounts still belong to the bureau to delete.', none, () => 'the bureau still has accounts; move or disable them first'),
  BUREAU_STILL_HAS_RETURNS: reason('BAD_USER_INPUT', 'A bureau that has made annual returns stays: they are its record.', none, () => 'has annual returns and cannot be deleted'),

  // ----- e-government units (电子政务机构) ----------------------------------------
  UNIT_HAS_STAFF: reason('BAD_USER_INPUT', 'A unit (`name`) to delete still has `count` staff records.', { name: String, count: Number }, ({ name, count }) => `${name} still has ${count} staff record(s); move or delete them first`),
  UNIT_HAS_QUOTAS: reason('BAD_USER_INPUT', 'A unit (`name`) to delete still has `count` quota records.', { name: String, count: Number }, ({ name, count }) => `${name} still has ${count} quota record(s); delete them first`),
  UNIT_STILL_HAS_QUOTAS: reason('BAD_USER_INPUT', 'A quota was added while the unit was being deleted.', none, () => 'the unit still has quotas'),
  UNIT_STILL_HAS_STAFF: reason('BAD_USER_INPUT', 'A staff record was added while the unit was being deleted.', none, () => 'the unit still has staff'),
  UNIT_STILL_HAS_STAFFING_USE: reason('BAD_USER_INPUT', 'The institution has approvals or applications to use posts (用编核准, 用编申请), which keep its history: abolish it instead of deleting it.', none, () => 'the institution has approvals or applications to use posts; abolish it instead'),

  // ----- quotas (编制) -----------------------------------------------------------
  LEADERSHIP_EXCEEDS_HEADCOUNT: reason(
    'BAD_USER_INPUT',
    'Approved leadership positions (领导职数) above the approved headcount (编制数, `approvedHeadcount`).',
    { approvedHeadcount: Number },
    ({ approvedHeadcount }) => `must not exceed the approved headcount (${approvedHeadcount})`,
  ),
  EFFECTIVE_AFTER_SUPERSEDED: reason(
    'BAD_USER_INPUT',
    'A superseded quota cannot take effect after the date (`supersededOn`) a later quota replaced it.',
    { supersededOn: String },
    ({ supersededOn }) => `must not be after the date a later quota superseded this one (${supersededOn})`,
  ),
  WRITE_CONTENDED: reason(
    'CONFLICT',
    'Concurrent changes kept colliding with this one at commit (the database broke a deadlock against it three times); nothing was changed, retry.',
    none,
    () => 'Other changes kept colliding with this one; nothing was saved, try again',
  ),
  QUOTA_APPROVED_CONCURRENTLY: reason('CONFLICT', 'Another quota for the same unit and category was approved at the same moment.', none, () => 'Another quota for this unit and category was approved at the same time; reload and try again'),

  // ----- institutions (机构) and their 三定 --------------------------------------------
  CREDIT_CODE_LENGTH: reason('BAD_USER_INPUT', 'A unified social credit code (统一社会信用代码) has 18 characters.', none, () => 'must be 18 characters'),
  CREDIT_CODE_FORMAT: reason(
    'BAD_USER_INPUT',
    'A unified social credit code is written in 0-9 and the capitals A-Y other than I, O, S, V, Z, with a 6-digit division code as characters 3-8 (GB 32100).',
    none,
    () => 'must use the characters 0-9 and A-Y except I, O, S, V and Z, with a 6-digit division code as characters 3 to 8',
  ),
  CREDIT_CODE_CHECK_CHARACTER: reason('BAD_USER_INPUT', 'The check character of the unified social credit code is wrong (GB 32100).', none, () => 'has a wrong check character (GB 32100 checksum)'),
  CREDIT_CODE_TAKEN: reason('BAD_USER_INPUT', 'Another institution is registered with this unified social credit code (codes are unique nationwide).', none, () => 'another institution is registered with this credit code'),
  NATURE_NOT_OF_KIND: reason('BAD_USER_INPUT', 'An institution of this kind (`kind`) cannot have this nature.', { kind: String }, ({ kind }) => `is not a nature an institution of kind ${kind} can have`),
  FUNDING_REQUIRED: reason('BAD_USER_INPUT', 'A public institution (事业单位) states its funding form (经费形式).', none, () => 'is required for a public institution'),
  FUNDING_ONLY_FOR_PUBLIC_INSTITUTIONS: reason('BAD_USER_INPUT', 'Only public institutions (事业单位) have a funding form.', none, () => 'only public institutions have a funding form'),
  SUPERVISOR_OF_ANOTHER_BUREAU: reason('BAD_USER_INPUT', "The supervising institution (主管部门) is managed by another bureau than the institution's.", none, () => "must be an institution of the same bureau"),
  SUPERVISION_CYCLE: reason('BAD_USER_INPUT', 'The institution would come to supervise itself, directly or through others.', none, () => 'would make the institution supervise itself'),
  INSTITUTION_NOT_ACTIVE: reason('BAD_USER_INPUT', 'The institution (`name`) was merged or abolished; it takes no more changes, staff or quotas.', { name: String }, ({ name }) => `${name} was merged or abolished`),
  INSTITUTION_HAS_ACTIVE_STAFF: reason(
    'BAD_USER_INPUT',
    'An institution (`name`) to abolish still has `count` active staff: name where they transfer.',
    { name: String, count: Number },
    ({ name, count }) => `${name} still has ${count} active staff; name the institution they transfer to`,
  ),
  INSTITUTION_HAS_SUBORDINATES: reason(
    'BAD_USER_INPUT',
    'An institution (`name`) to abolish still supervises `count` institutions: move or abolish them first.',
    { name: String, count: Number },
    ({ name, count }) => `${name} still supervises ${count} institution(s); move or abolish them first`,
  ),
  CHANGES_NOTHING: reason('BAD_USER_INPUT', 'A change by decision would leave the institution as it is (the same name, rank, nature or supervisor): no decision to record.', none, () => 'is what the institution has already'),
  MERGE_INTO_ITSELF: reason('BAD_USER_INPUT', 'An institution cannot be merged into itself, nor transfer its staff to itself.', none, () => 'must be another institution'),
  NOT_AN_EGOV_UNIT: reason('BAD_USER_INPUT', 'The institution is not its bureau\'s e-government unit; change it as an institution.', none, () => 'is not an e-government unit'),
  DUPLICATE_CATEGORY: reason('BAD_USER_INPUT', 'A quota category (`category`) is listed twice in one approval.', { category: String }, ({ category }) => `lists ${category} twice`),
  DUPLICATE_INTERNAL_BODY: reason('BAD_USER_INPUT', 'An internal body name (`name`) is listed twice, or already exists.', { name: String }, ({ name }) => `${name} is listed twice or exists already`),
  APPROVAL_BEFORE_CURRENT: reason(
    'BAD_USER_INPUT',
    'A new 三定 cannot be dated before the current one (`currentApprovedOn`).',
    { currentApprovedOn: String },
    ({ currentApprovedOn }) => `must not be before the current approval of ${currentApprovedOn}`,
  ),

  // ----- staffing use (用编核准) ------------------------------------------------------
  NOT_A_POSITIVE_NUMBER: reason('BAD_USER_INPUT', 'A count that must be a whole number, one or more.', none, () => 'must be a whole number, one or more'),
  NO_VACANCY: reason(
    'BAD_USER_INPUT',
    'The institution has only `free` posts of the category left after its active staff and the posts its open approvals hold (超编单位不得新进人).',
    { free: Number },
    ({ free }) => `only ${free} post(s) of this category are free after the active staff and the posts open approvals hold`,
  ),
  NO_VACANT_POSITION: reason(
    'BAD_USER_INPUT',
    'The institution has only `free` leadership positions of the tier left after their holders and the positions open approvals hold.',
    { free: Number },
    ({ free }) => `only ${free} position(s) of this leadership tier are free after their holders and open approvals`,
  ),
  APPROVAL_NOT_OPEN: reason('BAD_USER_INPUT', 'The approval to use posts is not open (`status`: used up, expired or withdrawn): no one can enter against it.', { status: String }, ({ status }) => `is not open (${status}); no one can enter against it`),
  ENTRY_AFTER_VALIDITY: reason('BAD_USER_INPUT', 'The entry is dated after the approval\'s last valid day (`validUntil`).', { validUntil: String }, ({ validUntil }) => `must not be after the approval's last valid day (${validUntil})`),
  NOT_IN_POST: reason('BAD_USER_INPUT', 'The person is not in post (`status`): only an active person can leave the establishment.', { status: String }, ({ status }) => `is not in post (${status})`),
  NOTICE_NUMBER_TAKEN: reason('BAD_USER_INPUT', 'Another approval to use posts of the same institution has this notice number.', none, () => 'another approval of this institution has this notice number'),
  APPROVAL_FOR_ONE_PERSON: reason('BAD_USER_INPUT', 'An approval naming the one person it is for (a transfer in) approves exactly one post.', none, () => 'names one person, so it approves exactly one post'),
  APPROVAL_FOR_ANOTHER_PERSON: reason('BAD_USER_INPUT', 'The approval to use posts names another person: only the person it names can enter or be transferred in against it.', none, () => 'is for another person'),
  TRANSFER_WITHIN_INSTITUTION: reason('BAD_USER_INPUT', 'A transfer (调动) moves a person to another institution; this approval is of the institution the person is in already.', none, () => 'is of the institution the person is in already; a transfer moves a person to another institution'),
  MOVE_BY_TRANSFER: reason('BAD_USER_INPUT', 'A person in post moves to another institution by a transfer (transferStaff, 调动) against the receiving institution\'s approval to use posts; updateStaff corrects a record where it is.', none, () => 'cannot change for a person in post: transfer them (调动) against the receiving institution\'s approval'),
  REENTRY_BY_APPROVAL: reason('BAD_USER_INPUT', 'A person who left is in post again only by a new entry (enterEstablishment, 入编) against an approval to use posts, not by setting the status back.', none, () => 'cannot be set back to ACTIVE: a person who left enters again against an approval to use posts'),
  APPLICATION_NOT_PENDING: reason('BAD_USER_INPUT', 'The application to use posts was decided or withdrawn already (`status`): only a pending one can be approved, rejected or withdrawn.', { status: String }, ({ status }) => `is no longer pending (${status})`),
  APPROVAL_OVER_APPLICATION: reason('BAD_USER_INPUT', 'An approval of an application approves at most the `requested` posts applied for.', { requested: Number }, ({ requested }) => `must not exceed the ${requested} post(s) applied for`),
  APPROVAL_WITHDRAWN: reason('BAD_USER_INPUT', 'The approval to use posts was withdrawn already (on `withdrawnOn`).', { withdrawnOn: String }, ({ withdrawnOn }) => `was withdrawn on ${withdrawnOn}`),

  // ----- staff (实名制人员) ---------------------------------------------------------
  NATIONAL_ID_FORMAT: reason('BAD_USER_INPUT', 'A national ID number (公民身份号码) is 17 digits and a digit or X.', none, () => 'must be 17 digits followed by a digit or X'),
  NATIONAL_ID_LENGTH: reason('BAD_USER_INPUT', 'A national ID number has `length` characters.', { length: Number }, ({ length }) => `must be ${length} characters`),
  NATIONAL_ID_BIRTH_DATE_INVALID: reason('BAD_USER_INPUT', 'The birth date digits (`digits`) of the national ID number are no date.', { digits: String }, ({ digits }) => `holds no valid birth date (${digits})`),
  NATIONAL_ID_CHECK_CHARACTER: reason('BAD_USER_INPUT', 'The check character is wrong (GB 11643).', none, () => 'has a wrong check character (GB 11643 checksum)'),
  GENDER_DISAGREES_WITH_NATIONAL_ID: reason('BAD_USER_INPUT', 'The gender differs from the one the national ID number records (`recorded`).', { recorded: String }, ({ recorded }) => `does not agree with the national ID number, which records ${recorded}`),
  BIRTH_DATE_DISAGREES_WITH_NATIONAL_ID: reason('BAD_USER_INPUT', 'The birth date differs from the one the national ID number records (`recorded`).', { recorded: String }, ({ recorded }) => `does not agree with the national ID number, which records ${recorded}`),
  NATIONAL_ID_ACTIVE_ELSEWHERE: reason(
    'BAD_USER_INPUT',
    'The person is already active in another post (where is not said: it may lie outside the jurisdiction).',
    none,
    () => 'this person is already active in another post; a person is active in at most one place',
  ),

  // ----- websites (网站) ------------------------------------------------------------
  WEBSITE_URL_INVALID: reason('BAD_USER_INPUT', 'An http(s) address that is no valid URL.', none, () => 'is not a valid URL'),
  WEBSITE_ADDRESS_FORMAT: reason('BAD_USER_INPUT', 'Neither an http(s) URL nor a domain name.', none, () => 'must be an http(s) URL or a domain name such as 贵州编办.政务'),

  // ----- statistics and alerts --------------------------------------------------------
  // ----- the annual statistical report (统计年报) ------------------------------------------
  YEAR_OUT_OF_RANGE: reason('BAD_USER_INPUT', 'A reporting year outside `minimum` to `maximum`.', { minimum: Number, maximum: Number }, ({ minimum, maximum }) => `must be a year from ${minimum} to ${maximum}`),
  CUTOFF_OUTSIDE_YEAR: reason('BAD_USER_INPUT', 'A cut-off date (`cutoffOn`) outside the year reported on.', { year: Number }, ({ year }) => `must be a date in ${year}`),
  REPORTING_YEAR_TAKEN: reason('BAD_USER_INPUT', 'A reporting period for this year is open already.', none, () => 'a reporting period for this year is open already'),
  REPORTING_PERIOD_BY_PROVINCE: reason('FORBIDDEN', "Only an administrator of the province's whole registry opens a reporting period.", none, () => "only the province's administrators open a reporting period"),
  RETURN_FROZEN_CONCURRENTLY: reason('CONFLICT', "Another request made this bureau's return for the year at the same moment.", none, () => "this bureau's return for the year was made at the same time; reload it"),
  RETURN_STATUS_FORBIDS: reason('CONFLICT', 'The return is not in a status that allows this step (`status` is where it stands).', { status: String }, ({ status }) => `not possible while the return is ${status}`),
  LATE_REASON_REQUIRED: reason('BAD_USER_INPUT', 'A return submitted after the due date (`dueOn`) says why.', { dueOn: String }, ({ dueOn }) => `must say why the return comes after the due date (${dueOn})`),
  CHILD_RETURNS_NOT_ACCEPTED: reason('CONFLICT', 'A bureau submits once the returns of all its child bureaus are accepted (`bureaus` lists the codes of those that are not).', { bureaus: String }, ({ bureaus }) => `the returns of ${bureaus} are not accepted yet`),
  RETURN_CHECKS_FAIL: reason('CONFLICT', 'The return fails blocking checks (`checks` lists their codes; its `checks` field says what and where).', { checks: String }, ({ checks }) => `fails blocking checks: ${checks}`),
  DECIDED_ABOVE: reason('FORBIDDEN', 'A return is returned or accepted by the bureau above it (the province decides its own).', none, () => 'a return is decided by the bureau above it'),
  SURVEY_ROOT_AMBIGUOUS: reason('BAD_USER_INPUT', 'The jurisdiction does not hold exactly one province: name the bureau whose children make the rows.', none, () => 'name the bureau whose children make the rows; there is not exactly one province'),
  WORKBOOK_UNREADABLE: reason('BAD_USER_INPUT', 'The file is not an XLSX workbook that can be read (`detail` says what was found).', { detail: String }, ({ detail }) => `is not an XLSX workbook that can be read: ${detail}`),
  WORKBOOK_TOO_LARGE: reason('BAD_USER_INPUT', 'The workbook is over one of the documented limits (`limit` names it: upload size, unpacked size, parts, compression ratio, rows of a sheet; `maximum` is the limit).', { limit: String, maximum: Number }, ({ limit, maximum }) => `is over the limit of ${maximum} for ${limit}`),
  SHEET_MISSING: reason('BAD_USER_INPUT', 'The workbook lacks a sheet the template has (`sheet` names it).', { sheet: String }, ({ sheet }) => `the workbook has no sheet named ${sheet}; start from the template`),
  COLUMNS_MISMATCH: reason('BAD_USER_INPUT', 'A sheet\'s header row is not the template\'s (`expected` lists the template\'s headers in order, `found` what the sheet has).', { expected: String, found: String }, ({ expected, found }) => `the header row must be ${expected}; found ${found}`),
  FORMULA_NOT_ALLOWED: reason('BAD_USER_INPUT', 'A cell holds a formula; imports take values only.', none, () => 'holds a formula; enter the value itself'),
  VALUE_NOT_ALLOWED: reason('BAD_USER_INPUT', 'A cell holds a value outside its list (`allowed` lists the values, as the template\'s instructions do).', { allowed: String }, ({ allowed }) => `must be one of: ${allowed}`),
  VALUE_NOT_TEXT: reason('BAD_USER_INPUT', 'A cell that must hold text (an ID number, a code) holds a number or a date, which loses digits; format the column as text.', none, () => 'must be entered as text (a number loses digits); format the column as text'),
  DATE_INVALID: reason('BAD_USER_INPUT', 'A cell that must hold a date holds something else (a date cell, or text as YYYY-MM-DD).', none, () => 'must be a date (YYYY-MM-DD)'),
  NATIONAL_ID_TWICE_IN_FILE: reason('BAD_USER_INPUT', 'The same ID number stands on two rows of the file (`firstRow` is the first).', { firstRow: Number }, ({ firstRow }) => `is also on row ${firstRow} of this file`),
  IMPORT_HAS_PROBLEMS: reason('CONFLICT', 'An import is committed only when its dry run finds no problem (`problems` counts them; the report lists each by sheet, row and column); nothing was written.', { problems: Number }, ({ problems }) => `the file has ${problems} problems; nothing was written (see the report)`),
  INSTITUTION_TWICE_IN_FILE: reason('BAD_USER_INPUT', 'The same institution (by credit code, or by name) stands on two rows of the file (`firstRow` is the first).', { firstRow: Number }, ({ firstRow }) => `the same institution is also on row ${firstRow} of this file`),
  DECISION_REQUIRED: reason('BAD_USER_INPUT', 'An import would change a fact of a registered institution that changes only by a decision with its document (更名, 调整规格, 调整性质, 划转: `change` names the column); make the change on the institution\'s page.', { change: String }, ({ change }) => `changes only by a decision with its document (${change}), not by an import`),
  CURSOR_BEYOND_HEAD: reason('BAD_USER_INPUT', 'A subscription cursor newer than the newest event in the jurisdiction.', none, () => 'is beyond the newest cursor; pass a cursor received from this subscription or from quotaAlertStreamHead'),
  CURSOR_INVALID: reason('BAD_USER_INPUT', 'A subscription cursor this subscription did not send.', none, () => 'must be a cursor received from this subscription'),

  // ----- transport and limits ------------------------------------------------------------
  SUBSCRIPTION_OVER_HTTP: reason('BAD_REQUEST', 'Subscriptions are served over graphql-ws at `path`, not over HTTP.', { path: String }, ({ path }) => `Subscriptions are served over WebSocket (graphql-ws protocol) at ${path}, not over HTTP`),
  TOO_MANY_SUBSCRIPTIONS: reason(
    'TOO_MANY_SUBSCRIPTIONS',
    'A graphql-ws connection holds `maximum` subscriptions already.',
    { maximum: Number },
    ({ maximum }) => `At most ${maximum} subscriptions per connection; complete one or open another connection`,
  ),
  REQUEST_TOO_DEEP: reason('BAD_REQUEST', 'The request JSON is nested deeper than `maximum` levels.', { maximum: Number }, ({ maximum }) => `the request is nested deeper than ${maximum} levels`),
  BODY_NOT_JSON: reason('BAD_REQUEST', 'The request body is not valid JSON.', none, () => 'The request body is not valid JSON'),
  BODY_TOO_LARGE: library('BAD_REQUEST', 'The request body is larger than the server accepts.'),
  ROUTE_NOT_FOUND: reason('NOT_FOUND', 'No route serves this method and path.', { method: String, path: String }, ({ method, path }) => `Nothing at ${method} ${path}`),
  REQUEST_INVALID: library('BAD_REQUEST', 'The HTTP request is not a GraphQL request the server can read (message from Apollo or Express).'),
  CSRF_SUSPECTED: library('BAD_REQUEST', "Blocked by Apollo's CSRF prevention: send a content-type: application/json header (or apollo-require-preflight)."),
  SYNTAX_ERROR: library('GRAPHQL_PARSE_FAILED', 'The GraphQL document does not parse (message from graphql-js).'),
  DOCUMENT_TOO_LONG: library('GRAPHQL_PARSE_FAILED', 'The GraphQL document has more than `maximum` tokens.', { maximum: Number }),
  QUERY_TOO_DEEP: library('GRAPHQL_VALIDATION_FAILED', 'The operation nests deeper (`found`) than `maximum` levels.', { maximum: Number, found: Number }),
  TOO_MANY_ALIASES: library('GRAPHQL_VALIDATION_FAILED', 'The operation has more aliases (`found`) than `maximum`.', { maximum: Number, found: Number }),
  QUERY_TOO_COSTLY: library('GRAPHQL_VALIDATION_FAILED', 'The operation costs more (`found`) than `maximum`.', { maximum: Number, found: Number }),
  INTROSPECTION_DISABLED: library('GRAPHQL_VALIDATION_FAILED', 'Production refuses introspection.'),
  OPERATION_INVALID: library('GRAPHQL_VALIDATION_FAILED', 'The operation does not match the schema (message from graphql-js).'),
  OPERATION_NOT_RESOLVED: library('OPERATION_RESOLUTION_FAILURE', 'The operation to run cannot be chosen (unknown operationName, or several operations without one).'),
  VARIABLE_INVALID: library(
    'BAD_USER_INPUT',
    'A variable (`variable`) is missing or its value does not fit its type; `path` is where in it (e.g. `input.effectiveOn`), `expectedType` the type expected there.',
    { variable: String, path: String, expectedType: String },
  ),
  ARGUMENT_INVALID: library('BAD_USER_INPUT', 'An argument (`argument`) is missing or null where its type forbids it.', { argument: String }),
  PERSISTED_QUERY_UNSUPPORTED: library('PERSISTED_QUERY_NOT_SUPPORTED', 'Automatic persisted queries are off: send the query itself.'),

  // ----- the server -----------------------------------------------------------------------
  DATABASE_UNAVAILABLE: reason('DATABASE_UNAVAILABLE', 'The database cannot be reached right now; nothing was changed, retry shortly (HTTP 503).', none, () => 'The database is unavailable; try again shortly'),
  INTERNAL_SERVER_ERROR: reason('INTERNAL_SERVER_ERROR', 'A fault of the server; the log has the details under the request id.', none, () => 'Internal server error'),
} satisfies Record<string, Omit<ReasonDefinition, 'message'>>;

type Catalogue = typeof errorReasons;
export type Reason = keyof Catalogue;
export type ReasonOfCode<Code extends string> = { [Name in Reason]: Catalogue[Name]['code'] extends Code ? Name : never }[Reason];
export type ReasonParameters<Name extends Reason> = ParameterValues<Catalogue[Name]['parameters']>;
/** The parameters a reason takes: none, or exactly its own. */
export type ReasonArguments<Name extends Reason> = {} extends ReasonParameters<Name> ? [] : [parameters: ReasonParameters<Name>];
/** Reasons whose message Bianzhi writes, so an error constructor can make them. */
export type WrittenReason = { [Name in Reason]: Catalogue[Name]['message'] extends undefined ? never : Name }[Reason];

/** The English message of a reason, with its parameters in it. */
export function messageOf<Name extends WrittenReason>(name: Name, ...[parameters]: ReasonArguments<Name>): string {
  const definition = errorReasons[name] as unknown as ReasonDefinition;
  return definition.message!((parameters ?? {}) as never);
}
