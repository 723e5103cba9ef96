/** Live collaboration: telling open screens that data changed so they refresh without reload. */
package fr.metamut.collaboration;
