package org.jointacceptance.notification.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Recorded, never attempted. */
    PENDING,
    /** Claimed by a sender, which holds it until its lease ends. */
    SENDING,
    /** Failed at least once; tried again when due. */
    RETRYING,
    /** The recipient's side took it: the SMTP server the mail, the webhook the call (a 2xx answer). */
    SENT,
    /** Every attempt failed; waits for a coordinator to replay it. */
    DEAD
}
