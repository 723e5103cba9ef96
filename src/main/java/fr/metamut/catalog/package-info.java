/**
 * The shared reference: départements, operators (OPSN), the service catalogue and the offerings
 * (operator × service × département), which every other feature builds on.
 */
package fr.metamut.catalog;
