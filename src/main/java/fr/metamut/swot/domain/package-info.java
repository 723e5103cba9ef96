/** SWOT items and their repository. */
package fr.metamut.swot.domain;
