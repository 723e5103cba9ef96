/**
 * Joint offer services: drafting and field-level merging of concurrent edits, the workflow with its
 * role checks, comments with mentions, history from Envers, the Région's queue and portfolio.
 */
package fr.metamut.offer.service;
