package org.jointacceptance.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How much JSON a service reads, request bodies and events alike: far more than any request or event of ours holds,
 * far less than a hostile document needs to exhaust a thread's stack or the heap. A document past a limit is refused
 * as a problem (see {@link ProblemMappers}) before anything is bound, let alone stored. How large a whole JSON body
 * may be is {@link RequestBodyLimit}'s to say.
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    /** Objects and arrays within one another; our deepest request nests five. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** One string value; every field's own limit ({@code @Size}) is far lower. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** The digits of one number. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** One property name. */
    public static final int MAX_NAME_LENGTH = 200;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
    }
}
