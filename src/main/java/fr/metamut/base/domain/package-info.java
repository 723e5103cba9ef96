/**
 * Shared persistence building blocks: the entity base class, the embedded record of who created and last
 * changed a row, the record of loaded reference data, and which characters a stored text may hold
 * ({@link fr.metamut.base.domain.Texts}), checked on every insert and update of every entity by
 * {@link fr.metamut.base.domain.StorableTextListener}.
 */
package fr.metamut.base.domain;
