package org.alongside.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alongside.platform.ActionRefused;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * The coordinators' list of areas of lived experience: add, rename, retire and restore. Each row
 * remembers the version it showed, so two coordinators editing the same area never overwrite
 * each other silently.
 */
@Named
@ViewScoped
public class AreasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentAccount current;

    private String newName;
    /** The name typed for each area, by id; the version each row showed. */
    private final HashMap<Long, String> names = new HashMap<>();
    private final HashMap<Long, Long> versions = new HashMap<>();
    private transient List<LivedExperienceArea> areas;

    public void load() {
        refresh();
    }

    private void refresh() {
        areas = directory.allAreas();
        names.clear();
        versions.clear();
        for (LivedExperienceArea area : areas) {
            names.put(area.getId(), area.getName());
            versions.put(area.getId(), area.getVersion());
        }
    }

    public void add() {
        LivedExperienceArea area = directory.addArea(coordinatorId(), newName);
        Page.info("directory.area.added", area.getName());
        newName = null;
        refresh();
    }

    public void rename(long areaId) {
        change(() -> directory.renameArea(coordinatorId(), areaId, versions.get(areaId), names.get(areaId)), "directory.area.renamed");
    }

    public void retire(long areaId) {
        change(() -> directory.retireArea(coordinatorId(), areaId, versions.get(areaId)), "directory.area.retired");
    }

    public void restore(long areaId) {
        change(() -> directory.restoreArea(coordinatorId(), areaId, versions.get(areaId)), "directory.area.restored");
    }

    private interface Change {
        LivedExperienceArea apply();
    }

    private void change(Change change, String doneKey) {
        try {
            Page.info(doneKey, change.apply().getName());
            refresh();
        } catch (ActionRefused refusal) {
            if (refusal.is("directory.area.changed")) {
                // Show what the other coordinator saved, so the next click acts on it knowingly.
                refresh();
            }
            throw refusal;
        }
    }

    private long coordinatorId() {
        return current.id();
    }

    public List<LivedExperienceArea> getAreas() {
        if (areas == null) {
            areas = directory.allAreas();
        }
        return areas;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public int getNameMax() {
        return LivedExperienceArea.NAME_MAX;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
