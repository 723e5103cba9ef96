/**
 * Joint offers (offres conjointes): drafted by a lead operator with partners, co-edited live,
 * submitted to the Région, reviewed and decided with a rationale; every change kept in the history.
 */
package fr.metamut.offer;
