/** The joint offer aggregate with its workflow guards, its state changes and comments. */
package fr.metamut.offer.domain;
