/** The registry of agreements between operators (shared platforms, group purchasing, shared DPO...). */
package fr.metamut.partnership;
