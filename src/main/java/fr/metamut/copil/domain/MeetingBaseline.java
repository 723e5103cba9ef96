package fr.metamut.copil.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The baseline frozen when a meeting was recorded, as stored: a gzip-compressed JSON document
 * ({@link BaselineCodec}) and the number of its format, so a later version of the application still reads the
 * baselines of earlier ones. Written once, never changed.
 */
@Entity
@Table(name = "copil_baseline")
public class MeetingBaseline {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "format", nullable = false)
    private int format;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected MeetingBaseline() {
    }

    public MeetingBaseline(Long meetingId, int format, byte[] content) {
        this.meetingId = meetingId;
        this.format = format;
        this.content = content.clone();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getFormat() {
        return format;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
