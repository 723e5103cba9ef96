/** Shared persistence building blocks: the entity base class, the record of loaded reference data. */
package fr.metamut.base.domain;
