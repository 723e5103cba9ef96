package fr.metamut.base.domain;

import fr.metamut.support.IntegrationTest;

/** {@link UnstorableTextRefusals} on H2, which by itself would store a NUL. */
@IntegrationTest
class UnstorableTextTest extends UnstorableTextRefusals {
}
