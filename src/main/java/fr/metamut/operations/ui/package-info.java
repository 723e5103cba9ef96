/**
 * The web side of operations: the gauges of open Vaadin UIs and logged-in sessions, the timer of Vaadin's round
 * trips, and the servlet filter that puts the user and a request id in the log context.
 */
package fr.metamut.operations.ui;
