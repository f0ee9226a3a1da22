package io.gongkai.ingest.parse;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The cells of one report, by canonical cell id in the catalog's order: an immutable map backed by an array over
 * the layout's cell ids, which are indexed once per layout, so that a parse builds no hash entry per cell. Cells
 * the report does not have (an absent table's) are not in the map.
 */
final class CellMap extends AbstractMap<String, Number> {

    private final List<String> ids;
    private final Map<String, Integer> positions;
    private final Number[] values;
    private final int size;

    /**
     * @param ids       the layout's cell ids in the catalog's order
     * @param positions each id's position in {@code ids}
     * @param values    each cell's value by position; null for a cell the report does not have. Kept, not copied.
     */
    CellMap(List<String> ids, Map<String, Integer> positions, Number[] values) {
        this.ids = ids;
        this.positions = positions;
        this.values = values;
        int present = 0;
        for (Number value : values) {
            if (value != null) {
                present++;
            }
        }
        this.size = present;
    }

    @Override
    public Number get(Object key) {
        Integer position = positions.get(key);
        return position == null ? null : values[position];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, Number>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Number>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Number> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Number> entry = new SimpleImmutableEntry<>(ids.get(next), values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int advance(int from) {
        int position = from;
        while (position < values.length && values[position] == null) {
            position++;
        }
        return position;
    }
}
