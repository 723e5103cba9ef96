/**
 * Shared persistence building blocks: the entity base class, the embedded record of who created and last
 * changed a row, the record of loaded reference data, and which characters a stored text may hold
 * ({@link fr.metamut.base.domain.Texts}), checked on every insert and update of every entity by
 * {@link fr.metamut.base.domain.StorableTextListener}; the application's one time zone
 * ({@link fr.metamut.base.domain.RegionTime}), what a history revision tells ({@link fr.metamut.base.domain.RevisionInfo})
 * and the one three-way merge of versions field by field ({@link fr.metamut.base.domain.ThreeWayMerge}).
 */
@NullMarked
package fr.metamut.base.domain;

import org.jspecify.annotations.NullMarked;
