package org.jointacceptance.notification.mail;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Recorded, never attempted. */
    PENDING,
    /** Claimed by a sender, which holds it until its lease ends. */
    SENDING,
    /** Failed at least once; tried again when due. */
    RETRYING,
    /** The SMTP server took the mail. */
    SENT,
    /** Every attempt failed; waits for a coordinator to replay it. */
    DEAD
}
