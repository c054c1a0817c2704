package org.alongside.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An area of lived experience a supporter may choose to share, from the coordinators' list. */
@Entity
@Table(name = "lived_experience_area")
@NamedQuery(name = "LivedExperienceArea.all", query = "SELECT a FROM LivedExperienceArea a ORDER BY a.name")
@NamedQuery(name = "LivedExperienceArea.current", query = "SELECT a FROM LivedExperienceArea a WHERE a.retired = FALSE ORDER BY a.name")
@NamedQuery(name = "LivedExperienceArea.byName", query = "SELECT a FROM LivedExperienceArea a WHERE LOWER(a.name) = LOWER(:name)")
public class LivedExperienceArea {

    public static final int NAME_MAX = 80;

    @Id
    @SequenceGenerator(name = "lived_experience_area_seq", sequenceName = "lived_experience_area_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lived_experience_area_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private boolean retired;

    protected LivedExperienceArea() {
    }

    public LivedExperienceArea(String name) {
        this.name = name.strip();
    }

    public void rename(String newName) {
        this.name = newName.strip();
    }

    public void retire() {
        retired = true;
    }

    public void restore() {
        retired = false;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public boolean isRetired() {
        return retired;
    }
}
