/**
 * The shared SWOT board (add, edit, reorder, move, remove, history, evidence labels), the cleaner of
 * links to removed partnerships, the seeder of the report's 19 items, and {@link
 * fr.metamut.swot.service.SwotItemActions}, through which the action plan (which depends on the SWOT, not
 * the other way round) tells the board which actions serve each item.
 */
@NullMarked
package fr.metamut.swot.service;

import org.jspecify.annotations.NullMarked;
