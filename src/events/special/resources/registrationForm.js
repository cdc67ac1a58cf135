/**
 * Browser script of the event registration form (ResourceModules `ext.campaignEvents.registrationForm`).
 *
 * It shows the meeting link or the country and address by participation option, and keeps "Show contribution
 * statistics" disabled, with the reason next to it, while the event cannot have statistics. The rules and the
 * localized reasons come from the form's data attributes, rendered by the server from the same registry, policy and
 * messages as EventFactory's errors, so the two never disagree; the server still validates every submission.
 *
 * Plain JavaScript on purpose: tsc (module nodenext) compiles every .ts file to a CommonJS module, which a browser
 * cannot run, and load.php refuses such a script.
 */
(function () {
	'use strict';

	var ONLINE = 1;
	var IN_PERSON = 2;
	var form = document.getElementById( 'ce-registration-form' );
	if ( form === null ) {
		return;
	}

	function fieldBlock( name ) {
		return form.querySelector( '.ce-field[data-field="' + name + '"]' );
	}

	function setShown( name, shown ) {
		var block = fieldBlock( name );
		if ( block !== null ) {
			block.hidden = !shown;
		}
	}

	function checkedValues( name ) {
		return Array.prototype.map.call(
			form.querySelectorAll( 'input[name="' + name + '"]:checked' ),
			function ( input ) {
				return input.value;
			}
		);
	}

	/** 1 online, 2 in person, 3 both; 0 while none is chosen. */
	function participation() {
		var value = Number( checkedValues( 'wpParticipationOptions' )[ 0 ] || '0' );
		return Number.isInteger( value ) ? value : 0;
	}

	function jsonList( value ) {
		try {
			var parsed = JSON.parse( value || '[]' );
			return Array.isArray( parsed ) ? parsed.map( String ) : [];
		} catch ( e ) {
			return [];
		}
	}

	function updateVisibleFields() {
		var option = participation();
		// As CampaignEvents' hide-if: the link is hidden for in-person-only events, the address for online-only ones.
		setShown( 'wpEventMeetingURL', option !== IN_PERSON );
		setShown( 'wpEventMeetingCountryCode', option !== ONLINE );
		setShown( 'wpEventMeetingAddress', option !== ONLINE );
		setShown( 'wpEventWikis', checkedValues( 'wpEventWikisMode' )[ 0 ] === 'specific' );
	}

	var toggle = document.getElementById( 'mw-input-wpTracksContributions' );
	var reasonBox = document.getElementById( 'ce-tracks-contributions-reason' );
	var contributionTypes = jsonList( form.dataset.contributionTypes );
	var disallowedCountries = jsonList( form.dataset.disallowedCountries );
	// What the organizer chose before the toggle was disabled, given back when it is enabled again.
	var chosenBeforeDisabling = toggle !== null && toggle.checked;

	/** Why statistics cannot be on, in EventFactory's order (country, type, wikis), or null. */
	function disabledReason() {
		var countrySelect = form.querySelector( 'select[name="wpEventMeetingCountryCode"]' );
		var country = countrySelect === null ? '' : countrySelect.value;
		if ( ( participation() & IN_PERSON ) !== 0 && disallowedCountries.indexOf( country ) !== -1 ) {
			return form.dataset.reasonCountry || '';
		}
		// Before any type is chosen the form is simply unfinished: the toggle keeps its default (on) rather than
		// greeting the organizer with an error; the server refuses the missing types anyway.
		var types = checkedValues( 'wpEventTypes' );
		var hasContributionType = types.some( function ( type ) {
			return contributionTypes.indexOf( type ) !== -1;
		} );
		if ( types.length > 0 && !hasContributionType ) {
			return form.dataset.reasonType || '';
		}
		if ( checkedValues( 'wpEventWikisMode' )[ 0 ] === 'specific' && checkedValues( 'wpEventWikis' ).length === 0 ) {
			return form.dataset.reasonWikis || '';
		}
		return null;
	}

	function updateToggle() {
		if ( toggle === null || reasonBox === null ) {
			return;
		}
		var reason = disabledReason();
		if ( reason !== null ) {
			if ( !toggle.disabled ) {
				chosenBeforeDisabling = toggle.checked;
				toggle.checked = false;
				toggle.disabled = true;
			}
			reasonBox.textContent = reason;
			reasonBox.hidden = false;
		} else {
			if ( toggle.disabled ) {
				toggle.disabled = false;
				toggle.checked = chosenBeforeDisabling;
			}
			reasonBox.textContent = '';
			reasonBox.hidden = true;
		}
	}

	function update() {
		updateVisibleFields();
		updateToggle();
	}

	form.addEventListener( 'change', update );
	update();
}() );
