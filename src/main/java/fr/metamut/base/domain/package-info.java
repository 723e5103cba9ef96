/**
 * Shared persistence building blocks: the entity base class, the embedded record of who created and last
 * changed a row, the record of loaded reference data.
 */
package fr.metamut.base.domain;
