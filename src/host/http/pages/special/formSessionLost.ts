/** Shown when a form's token does not match the session (MediaWiki's `sessionfailure`, in our words). */
export const FORM_SESSION_LOST =
  'Your session was lost or has expired, so this form was not processed: that protects you from forms that other ' +
  'sites submit in your name. Please submit it again.';
