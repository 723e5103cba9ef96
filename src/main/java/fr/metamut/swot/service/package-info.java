/**
 * The shared SWOT board (add, edit, reorder, move, remove, history, evidence labels), the cleaner of
 * links to removed partnerships, and the seeder of the report's 19 items.
 */
package fr.metamut.swot.service;
