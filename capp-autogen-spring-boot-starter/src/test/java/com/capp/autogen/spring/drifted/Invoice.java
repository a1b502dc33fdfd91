package com.capp.autogen.spring.drifted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity no migration creates: with it in the model, validate must find drift. */
@Entity
public class Invoice {

    @Id
    private Long id;
}
