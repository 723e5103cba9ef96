/** Joint offer pages: list, editor (live co-editing), the Région's queue and portfolio. */
package fr.metamut.offer.ui;
