package org.jointacceptance.acceptance.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The chain the opinions form, by its newest link: each opinion's digest covers the digest of the one linked before
 * it, so the opinions are linked one transaction at a time, each holding the chain until it commits.
 */
@Entity
@Table(name = "opinion_chain")
class OpinionChain extends PanacheEntityBase {

    private static final short THE_CHAIN = 1;

    @Id
    short id;

    @Column(name = "head_number")
    String headNumber;

    @Column(name = "head_digest")
    String headDigest;

    /**
     * The chain, held until the transaction ends; waits while another transaction holds it, and then reads its newest
     * link as that one committed it.
     */
    static OpinionChain held() {
        return findById(THE_CHAIN, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Links the opinion as the chain's newest: it digests its content after the digest of the newest before it. */
    void link(JointOpinion opinion) {
        opinion.previousDigest = headDigest;
        opinion.digest = OpinionService.digest(headDigest, opinion.content);
        headNumber = opinion.number;
        headDigest = opinion.digest;
    }
}
