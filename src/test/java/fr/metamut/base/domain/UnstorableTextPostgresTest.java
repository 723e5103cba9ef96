package fr.metamut.base.domain;

import fr.metamut.support.PostgresTest;

/** {@link UnstorableTextRefusals} on PostgreSQL, which by itself fails on a NUL and stores "?" for a lone surrogate. */
@PostgresTest
class UnstorableTextPostgresTest extends UnstorableTextRefusals {
}
