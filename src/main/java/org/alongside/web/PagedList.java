package org.alongside.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model that asks a service for one page at a time, newest first, so
 * long lists (invitations, the outbox) never load whole.
 *
 * <p>A copy sent to another instance (with its view, on the data grid) carries only where the
 * rows come from, not the page of rows already read: rows are entities that need not be
 * serialisable, and the table reads its page again there.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the rows come from; a lambda over a service call. */
    public interface Source<T> extends Serializable {
        long count();

        List<T> page(int first, int pageSize);
    }

    private final Source<T> source;
    private final SerializableKey<T> key;

    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public PagedList(Source<T> source, SerializableKey<T> key) {
        this.source = source;
        this.key = key;
    }

    /** What the view's copy holds: the source and the key, without the rows loaded here. */
    private Object writeReplace() {
        return new PagedList<>(source, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
