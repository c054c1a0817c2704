package org.alongside.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One checklist item of an observed role play: shown or not yet, and what the trainer noticed. */
@Embeddable
public class ObservedItem {

    public static final int COMMENT_MAX = 1000;

    @NotBlank
    @Size(max = 64)
    @Column(name = "item_id", nullable = false)
    private String itemId;

    @Column(nullable = false)
    private boolean shown;

    @Size(max = COMMENT_MAX)
    @Column(name = "item_comment")
    private String comment;

    protected ObservedItem() {
    }

    public ObservedItem(String itemId, boolean shown, String comment) {
        this.itemId = itemId;
        this.shown = shown;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public String getItemId() {
        return itemId;
    }

    public boolean isShown() {
        return shown;
    }

    public String getComment() {
        return comment;
    }
}
