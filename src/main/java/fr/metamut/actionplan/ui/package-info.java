/** Action plan pages. */
package fr.metamut.actionplan.ui;
