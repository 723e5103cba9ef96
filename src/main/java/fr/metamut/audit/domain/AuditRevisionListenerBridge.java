package fr.metamut.audit.domain;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the authenticated user's name ("système" when there is none). */
public class AuditRevisionListenerBridge implements RevisionListener {

    public static final String SYSTEM = "système";

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((AuditRevision) revisionEntity).setUsername(authentication == null ? SYSTEM : authentication.getName());
    }
}
