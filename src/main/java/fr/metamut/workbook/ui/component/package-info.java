/** The workbook download link, to place on any page whose users may take the workbook away. */
package fr.metamut.workbook.ui.component;
