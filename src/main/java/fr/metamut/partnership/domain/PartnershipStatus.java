package fr.metamut.partnership.domain;

/** Where an agreement stands. */
public enum PartnershipStatus {
    EN_PROJET, ACTIVE, TERMINEE
}
