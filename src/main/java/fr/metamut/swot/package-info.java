/** The SWOT (AFOM) board: strengths, weaknesses, opportunities and threats of the OPSN. */
package fr.metamut.swot;
