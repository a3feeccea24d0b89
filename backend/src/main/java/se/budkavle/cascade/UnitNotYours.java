package se.budkavle.cascade;

import java.util.UUID;

/** The viewer is not responsible for relaying the cascade for that unit (nor may relay on its manager's behalf). */
class UnitNotYours extends RuntimeException {

	UnitNotYours(UUID unitId) {
		super("You do not relay this cascade for unit " + unitId + ".");
	}
}
