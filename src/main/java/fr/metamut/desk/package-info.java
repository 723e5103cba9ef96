/**
 * Each user's desk, the home page: what a director's operator must do next (its gaps, the offers waiting
 * on it, what happened since the last visit, its late and due-soon actions, partnerships ending soon) and
 * what the Région's coordinators must decide (the queue with its ages, resubmissions, the portfolio's
 * figures, late actions region-wide). Reads the other features through their services; owns no data.
 */
package fr.metamut.desk;
