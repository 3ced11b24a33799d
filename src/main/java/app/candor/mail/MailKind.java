package app.candor.mail;

/** Whether a message is a person writing, or mail that is not a response whoever it comes from. */
public enum MailKind {
    /** A person wrote it. */
    PERSONAL,
    /** An out-of-office note or another automatic answer: kept on the timeline as such, never as a reply. */
    AUTO_REPLY,
    /** A delivery failure: the address it names is marked as failing. */
    BOUNCE,
    /** Mailing-list or bulk mail. */
    LIST
}
