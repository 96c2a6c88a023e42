/**
 * Projects for new or changed services (8.3, Table B.1 "New or changed services"): {@link
 * dev.pathway.newservice.NewServiceModel}.
 */
package dev.pathway.newservice;
