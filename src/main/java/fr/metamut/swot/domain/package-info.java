/**
 * SWOT items and their repository, the rules of a valid item, the order within a quadrant, the
 * evidence an item points at, and the comparison of two versions for the history.
 */
@NullMarked
package fr.metamut.swot.domain;

import org.jspecify.annotations.NullMarked;
