package dev.chancery.query.state;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Which generation of a projection reads use, which one a rebuild is writing, and the rebuild's progress.
 * Switching {@code activeGeneration} in one committed UPDATE is the atomic switch.
 */
@Entity
@Table(name = "projection_state")
public class ProjectionStateRow extends PanacheEntityBase {
    @Id
    public String name;
    public int activeGeneration;
    public Integer buildingGeneration;
    public String state;
    public long factsApplied;
    public long lag;
    public Instant startedAt;
    public Instant finishedAt;
    public String error;
}
