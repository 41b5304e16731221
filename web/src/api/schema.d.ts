// Generated from openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gezondheid van de dienst (voor de load balancer) */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inloggen met e-mailadres en wachtwoord */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De huidige sessie */
        get: operations["getCurrentSession"];
        put?: never;
        post?: never;
        /** Uitloggen */
        delete: operations["logout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gebruikers van de eigen organisatie (platformbeheer: van alle organisaties) */
        get: operations["listUsers"];
        put?: never;
        /** Gebruiker aanmaken */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Gebruiker wijzigen, rollen toekennen of blokkeren */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/auth/oidc/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ingestelde single-sign-on-aanbieders (voor de inlogpagina) */
        get: operations["listOidcProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{providerId}/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggen via single sign-on: doorverwijzing naar de aanbieder */
        get: operations["beginOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{providerId}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terugkeer van de single-sign-on-aanbieder; start een sessie en verwijst naar de app */
        get: operations["completeOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle organisaties op het platform (voor het kiezen van een partner bij toestemming) */
        get: operations["listOrganisations"];
        put?: never;
        /** Organisatie aanmaken (platformbeheer) */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Organisatie wijzigen of uitschakelen (platformbeheer) */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Caseload: cliënten die de organisatie mag zien, gepagineerd, te zoeken op naam en postcode */
        get: operations["listClients"];
        put?: never;
        /** Cliënt registreren */
        post: operations["registerClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zoeken op BSN (in de body, nooit in de URL) */
        post: operations["searchClientsByBsn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Klantdossier */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Klantdossier wijzigen (met versie, tegen gelijktijdig wijzigen) */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/api/v1/clients/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Toestemmingen om het dossier te delen */
        get: operations["listConsents"];
        put?: never;
        /** Toestemming vastleggen om het dossier te delen met een partnerorganisatie */
        post: operations["grantConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Toestemming intrekken (de geschiedenis blijft bewaard) */
        post: operations["withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/ladder-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participatieladder: de geschiedenis van een cliënt, oudste eerst */
        get: operations["listLadderAssessments"];
        put?: never;
        /** Trede op de participatieladder vastleggen */
        post: operations["recordLadderAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Beroepen zoeken terwijl u typt (Nederlandse naam en alternatieve namen, ESCO) */
        get: operations["searchOccupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations/by-uri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén beroep met zijn ISCO-beroepsgroepen */
        get: operations["getOccupation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/isco-groups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ISCO-08-groep (hoofdgroep, subgroep, beroepsklasse of beroepsgroep) */
        get: operations["getIscoGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Huidige gemeenten (CBS) met arbeidsmarktregio en provincie, te zoeken op naam */
        get: operations["listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postcode-areas/{pc}4": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PC4-gebied met middelpunt (voor reisafstand) */
        get: operations["getPostcodeArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vacatures die de organisatie mag zien: eigen, van regiopartners (zichtbaarheid regio) en openbare */
        get: operations["listVacancies"];
        put?: never;
        /** Vacature van een werkgever invoeren */
        post: operations["createVacancy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vacancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vacature */
        get: operations["getVacancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Vacature wijzigen (alleen de organisatie die haar invoerde, zolang zij open is) */
        patch: operations["updateVacancy"];
        trace?: never;
    };
    "/api/v1/vacancies/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vacature sluiten: vervuld of ingetrokken */
        post: operations["closeVacancy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Openbare vacaturesite (zonder inloggen): alleen openbare, open vacatures */
        get: operations["listPublicVacancies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-portal/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkgeversportaal: de eigen vacatures van de werkgever */
        get: operations["listPortalVacancies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vacancies/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voorstellen voor een vacature die uw organisatie deed */
        get: operations["listVacancyProposals"];
        put?: never;
        /** Kandidaat voorstellen voor een vacature (cliënt en vacature moeten zichtbaar zijn voor uw organisatie) */
        post: operations["proposeCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voorstel met plaatsing en controles na 6 en 12 maanden */
        get: operations["getProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Uitkomst vastleggen: op gesprek, geplaatst (met plaatsingsgegevens) of afgewezen (met reden) */
        patch: operations["updateProposal"];
        trace?: never;
    };
    "/api/v1/proposals/{id}/introduction-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De cliënt stemt in met introductie bij de werkgever (naam en contactgegevens worden zichtbaar in het werkgeversportaal) */
        post: operations["recordIntroductionConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plaatsing nagaan na 6 of 12 maanden: werkt de persoon er nog? */
        post: operations["recordPlacementCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-portal/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkgeversportaal: voorgestelde kandidaten, zonder naam of BSN tot de cliënt instemt met introductie */
        get: operations["listPortalProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resultaten per organisatie of arbeidsmarktregio: vacatures geopend en vervuld, doorlooptijd, plaatsingen, duurzaamheid na 6 en 12 maanden */
        get: operations["getResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkgevers, te zoeken op naam of KvK-nummer, met hun accountmanager */
        get: operations["listEmployers"];
        put?: never;
        /** Werkgever registreren (KvK-nummer, SBI-sector, grootteklasse, adres) */
        post: operations["registerEmployer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkgever met accountmanager, contactpersonen en afspraken met hun voortgang */
        get: operations["getEmployer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Werkgeversgegevens wijzigen (naam, SBI-code, grootteklasse, adres; het KvK-nummer blijft) */
        patch: operations["updateEmployer"];
        trace?: never;
    };
    "/api/v1/employers/{id}/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accountmanager van deze werkgever worden (één voor alle partners; 409 als iemand anders het al is) */
        post: operations["claimEmployerLead"];
        /** Accountmanagerschap beëindigen (de accountmanager zelf of een functioneel beheerder van diens organisatie) */
        delete: operations["releaseEmployerLead"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contactpersoon bij de werkgever toevoegen */
        post: operations["addEmployerContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employers/{id}/contact-moments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacthistorie met de werkgever (bezoeken, telefoon, e-mail) van alle partners, nieuwste eerst */
        get: operations["listEmployerContactMoments"];
        put?: never;
        /** Contactmoment vastleggen (bezoek, telefoon of e-mail, met notities) */
        post: operations["recordEmployerContactMoment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employers/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Afspraak met de werkgever vastleggen (bijvoorbeeld 3 plaatsingen in 2027), gevolgd tegen de plaatsingen */
        post: operations["addEmployerAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vacancies/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Passende kandidaten voor een vacature, met uitleg per onderdeel (alleen cliënten die de gebruiker mag zien) */
        get: operations["listVacancyCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Passende open vacatures voor een cliënt, met uitleg per onderdeel */
        get: operations["listClientVacancyMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/portal-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Heeft de cliënt een account voor het cliëntportaal (en met welk e-mailadres)? */
        get: operations["getClientPortalAccount"];
        put?: never;
        /** Account voor het cliëntportaal aanmaken (de cliënt kan dan zelf de polis tekenen en een PRB-voorstel schrijven) */
        post: operations["createClientPortalAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cliëntportaal: het eigen dossier van de ingelogde werkzoekende */
        get: operations["getPortalProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instrumentencatalogus van de eigen organisatie (actieve; met includeInactive=true ook de niet-actieve) */
        get: operations["listInstruments"];
        put?: never;
        /** Instrument toevoegen aan de catalogus (naam uniek binnen de organisatie) */
        post: operations["createInstrument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Instrument wijzigen: naam, CBS-categorie, omschrijving of actief */
        patch: operations["updateInstrument"];
        trace?: never;
    };
    "/api/v1/clients/{id}/trajectories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trajecten van een cliënt die uw organisatie startte of (als toegewezen uitvoerder) uitvoert, nieuwste eerst */
        get: operations["listClientTrajectories"];
        put?: never;
        /** Traject starten: instrument, uitvoerder of opdracht, start en geplande einde, kosten (euro) en doeltrede */
        post: operations["startTrajectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trajecten die uw organisatie startte of als uitvoerder uitvoert (alleen voor toegewezen cliënten), gepagineerd */
        get: operations["listTrajectories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Traject met uitkomst en trede voor en na */
        get: operations["getTrajectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Traject afsluiten met uitkomst (werk met uren en contract, opleiding, ander instrument, geen resultaat, uitval met reden) */
        post: operations["closeTrajectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trajectories/{id}/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voortgangsrapportages van een traject, nieuwste eerst */
        get: operations["listTrajectoryProgress"];
        put?: never;
        /** Voortgang rapporteren op een lopend traject (gemeente of uitvoerder) */
        post: operations["reportTrajectoryProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provider-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opdrachten die uw organisatie gaf (als gemeente) of kreeg (als re-integratiebedrijf), met resultaten */
        get: operations["listProviderAssignments"];
        put?: never;
        /** Opdracht geven aan een re-integratiebedrijf: looptijd, budget (euro) en resultaatafspraken */
        post: operations["createProviderAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provider-assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opdracht met toegewezen cliënten (niet voor beleidsadviseur en functioneel beheerder) en resultaten naast de afspraken */
        get: operations["getProviderAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provider-assignments/{id}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cliënt toewijzen aan de opdracht: het re-integratiebedrijf ziet het dossier zolang de toewijzing loopt */
        post: operations["assignClientToProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provider-assignments/{id}/clients/{clientId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Toewijzing van een cliënt beëindigen: het re-integratiebedrijf ziet de cliënt en diens trajecten niet meer */
        post: operations["endClientAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/polisses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De polis van een cliënt met alle versies (alleen de gemeente van het dossier ziet polissen) */
        get: operations["listClientPolisses"];
        put?: never;
        /** Polis opstellen: de polis met versie 1 als concept (409 als de cliënt al een polis heeft) */
        post: operations["draftPolis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/polisses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Polis met alle versies, nieuwste eerst: wie tekende wat en wanneer */
        get: operations["getPolis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/polis-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Concept van een polisversie aanpassen (alleen zolang niemand heeft getekend; revision tegen gelijktijdig wijzigen) */
        put: operations["updatePolisDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/polisses/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nieuwe versie van een polis (alle inhoud opnieuw, met wat er verandert); beide partijen tekenen opnieuw */
        post: operations["createPolisVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/polis-versions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Polisversie ondertekenen namens de gemeente */
        post: operations["signPolisVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/polis-versions/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Polisversie als PDF (een niet-ondertekende versie is gemarkeerd als concept) */
        get: operations["downloadPolisPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/polisses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cliëntportaal: de eigen polis met alle versies */
        get: operations["listMyPolisses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/polis-versions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cliëntportaal: de eigen polisversie ondertekenen (403 voor een polis die niet van u is) */
        post: operations["signMyPolisVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/polis-versions/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cliëntportaal: de eigen polisversie als PDF */
        get: operations["downloadMyPolisPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PRB-programma’s van de eigen gemeente, en voor een PRB-werkadviseur de programma’s die hij adviseert */
        get: operations["listPrbProgrammes"];
        put?: never;
        /** PRB-programma aanmaken: looptijd, cohortgrootte en maximumbudget per cliënt */
        post: operations["createPrbProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PRB-programma met adviseurs, deelnemers en tellingen (beleidsadviseur en functioneel beheerder: alleen tellingen) */
        get: operations["getPrbProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-programmes/{id}/advisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Onafhankelijke PRB-werkadviseur (van elke organisatie) aan het programma toevoegen */
        post: operations["addPrbAdvisor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-programmes/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cliënt toelaten tot het programma (start ook het PRB-traject); een vol cohort geeft 409 */
        post: operations["admitPrbParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PRB-deelnemer: budget, toegekend, betaald, resterend, traject, voorstellen en verplichtingen met facturen */
        get: operations["getPrbParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-participants/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trajectvoorstel (concept) schrijven met of voor de cliënt: doel en kostenposten */
        post: operations["createPrbProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Trajectvoorstel wijzigen (alleen een concept of een teruggestuurd voorstel) */
        put: operations["updatePrbProposal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-proposals/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trajectvoorstel indienen bij de klantmanager */
        post: operations["submitPrbProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Besluit van de klantmanager: goedkeuren (legt het bedrag vast binnen het budget), afwijzen of terugsturen met een reden. Vereist de header Idempotency-Key: hetzelfde verzoek met dezelfde sleutel geeft het eerste antwoord opnieuw (header Idempotent-Replayed: true), zonder tweede effect. */
        post: operations["decidePrbProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prb-commitments/{id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Factuur betalen tegen een verplichting; meer dan er openstaat geeft 409 */
        post: operations["recordPrbInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/prb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cliëntportaal: eigen PRB-deelnames met budget, resterend bedrag, voorstellen (met redenen) en verplichtingen */
        get: operations["getMyPrb"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/prb-participants/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cliëntportaal: eigen trajectvoorstel schrijven (concept) */
        post: operations["createMyPrbProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/prb-proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cliëntportaal: eigen trajectvoorstel wijzigen (concept of teruggestuurd) */
        put: operations["updateMyPrbProposal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/prb-proposals/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cliëntportaal: eigen trajectvoorstel indienen bij de klantmanager */
        post: operations["submitMyPrbProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/trajectories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trajectresultaten per PRB-programma, instrument of aanbieder: gestart, lopend, afgesloten, met werk, uitgevallen, besteding */
        get: operations["getTrajectoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/trajectories/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trajectresultaten exporteren als CSV (UTF-8, puntkomma) of Excel */
        get: operations["exportTrajectoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn meldingen, nieuwste eerst, met het aantal ongelezen */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een melding als gelezen markeren */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Al mijn meldingen als gelezen markeren */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn werkvoorraad: mijn taken en die van mijn teams, eerst wat het eerst klaar moet zijn */
        get: operations["listTasks"];
        put?: never;
        /** Taak aanmaken over een cliënt of vacature, voor mijzelf, een collega of een team */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Meerdere taken tegelijk afronden: alle of geen */
        post: operations["completeTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taak afronden */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taak annuleren, met reden */
        post: operations["cancelTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn agenda: de afspraken waaraan ik deelneem, van de ene tot en met de andere dag */
        get: operations["listMyAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn agenda als iCalendar-bestand (.ics), zonder persoonsgegevens van cliënten */
        get: operations["exportMyAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Afspraak plannen, met een cliënt of met collega’s */
        post: operations["planAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén afspraak */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Afspraak verzetten, afzeggen of vastleggen hoe ze ging */
        patch: operations["updateAppointment"];
        trace?: never;
    };
    "/api/v1/appointments/{id}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén afspraak als iCalendar-bestand (.ics) */
        get: operations["exportAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De afspraken van een cliënt met de eigen organisatie, nieuwste eerst */
        get: operations["listClientAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn afspraken (portaal): de komende en die van de afgelopen 30 dagen, vroegste eerst */
        get: operations["listMyPortalAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het journaal van een cliënt: alle journaalregels van wie met de cliënt werkt, nieuwste eerst */
        get: operations["listClientNotes"];
        put?: never;
        /** Journaalregel vastleggen (intake, gesprek, telefonisch contact of waarschuwing) */
        post: operations["writeClientNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het Work First-dossier van een cliënt: meldingen, zoekperiode, plaatsingen, aanwezigheid, maatregelen, diagnose */
        get: operations["getClientWorkfirst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Melding (aanvraag uitkering) vastleggen; onder 27 jaar eerst vier weken zoekperiode */
        post: operations["registerWorkfirstApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Melding bijwerken: aanvraag, besluit, uitkomst (toegekend, afgewezen, ingetrokken, niet doorgezet), werk gevonden */
        patch: operations["updateWorkfirstApplication"];
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/applications/{applicationId}/search-weeks/{weekStart}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Aantal sollicitaties in een week van de zoekperiode vastleggen */
        put: operations["logWorkfirstSearchWeek"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Work First-plaatsing starten bij een aanbieder of het eigen werkbedrijf */
        post: operations["startWorkfirstPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/placements/{placementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Work First-plaatsing afronden of als uitgevallen vastleggen */
        patch: operations["updateWorkfirstPlacement"];
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/placements/{placementId}/weeks/{weekStart}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Aanwezigheid van een week registreren; afwezigheid zonder geldige reden stelt een maatregel voor */
        put: operations["registerWorkfirstAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/placements/{placementId}/diagnosis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Diagnose aan het einde: uren, werkhouding, vaardigheden, beperkingen (met instemming), advies, trede */
        put: operations["recordWorkfirstDiagnosis"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/workfirst/measures/{measureId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voorgestelde maatregel bevestigen of laten vallen, met reden */
        post: operations["decideWorkfirstMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workfirst/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De lopende Work First-plaatsingen van een week, met wat al geregistreerd is */
        get: operations["listWorkfirstWeek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workfirst/regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De Work First-regels van de gemeente per ingangsdatum (uren, sollicitatiedoel, maatregelen, plafond) */
        get: operations["listWorkfirstRegulations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workfirst/regulations/{validFrom}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Work First-regels vastleggen die gelden vanaf een datum */
        put: operations["setWorkfirstRegulation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workfirst/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work First-cijfers per periode (aantallen onder 10 niet getoond) */
        get: operations["workfirstReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/workfirst/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn maatregelen (portaal) */
        get: operations["listMyWorkfirstMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/workfirst/measures/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reageren op een maatregel voordat die ingaat (horen) */
        post: operations["respondToWorkfirstMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nazorgmeldingen van de eigen gemeente (coördinator) of de eigen inrichting */
        get: operations["listReleaseNotices"];
        put?: never;
        /** Ontslagmelding van een penitentiaire inrichting aan de gemeente waar de persoon gaat wonen */
        post: operations["sendReleaseNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/without-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ontslag zonder melding vastleggen (noodroute van de nazorgcoördinator) */
        post: operations["registerReleaseWithoutNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén nazorgmelding: leefgebieden, metingen, warme overdracht, ondersteuning */
        get: operations["getReleaseNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** De stand van één leefgebied bijwerken (status, eigenaar, notitie, geplande datum) */
        put: operations["updateReleaseDomain"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De dag van ontslag vastleggen; de stand van de leefgebieden wordt bewaard */
        post: operations["recordRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De stand van de leefgebieden 3 of 6 maanden na ontslag bewaren */
        post: operations["recordReleaseAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Warme overdracht plannen: tijd, plaats en de professionals die elkaar spreken vóór ontslag */
        post: operations["planWarmHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}/prolific": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Veelpleger: extra ondersteuning (scholing, begeleiding, werk, begeleid wonen) en casusoverleg */
        put: operations["updateProlificOffender"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vastleggen dat de persoon aan het werk is (uitstroom naar werk) */
        put: operations["recordAftercareWork"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/notices/{id}/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cliënt worden van de gemeente: cliëntdossier met alleen de basisgegevens (met toestemming), zonder justitiële gegevens */
        post: operations["createClientFromReleaseNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gemeenten en penitentiaire inrichtingen om uit te kiezen */
        get: operations["listAftercareOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aftercare/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nazorgcijfers per inrichting en gemeente (aantallen onder 10 niet getoond) */
        get: operations["aftercareReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AftercareAssessment: {
            /** @enum {string} */
            moment: "notice" | "release" | "month3" | "month6";
            recordedOn: string;
            domains: {
                domain: components["schemas"]["AftercareLifeDomain"];
                status: components["schemas"]["AftercareDomainStatus"];
            }[];
        };
        AftercareAssessmentInput: {
            /** @enum {string} */
            moment: "month3" | "month6";
        };
        AftercareAssessmentResponse: {
            /** @enum {string} */
            moment: "notice" | "release" | "month3" | "month6";
            recordedOn: string;
            domains: {
                domain: components["schemas"]["AftercareLifeDomain"];
                status: components["schemas"]["AftercareDomainStatus"];
            }[];
        };
        AftercareBecomeClientInput: {
            /** @constant */
            consent: true;
            address: {
                street: string;
                houseNumber: number;
                houseNumberAddition?: string | null;
                postcode: string;
                city: string;
            };
            /**
             * @default onbekend
             * @enum {string}
             */
            gender: "man" | "vrouw" | "x" | "onbekend";
            email?: string | null;
            phone?: string | null;
        };
        AftercareBecomeClientResult: {
            /** Format: uuid */
            noticeId: string;
            /** Format: uuid */
            clientId: string;
            created: boolean;
        };
        AftercareDomain: {
            domain: components["schemas"]["AftercareLifeDomain"];
            status: components["schemas"]["AftercareDomainStatus"];
            owner: string | null;
            notes: string | null;
            plannedOn: string | null;
            updatedAt: string;
        };
        AftercareDomainInput: {
            status: components["schemas"]["AftercareDomainStatus"];
            owner?: string | null;
            notes?: string | null;
            plannedOn?: string | null;
        };
        AftercareDomainInputRequest: {
            status: components["schemas"]["AftercareDomainStatus"];
            owner?: string | null;
            notes?: string | null;
            plannedOn?: string | null;
        };
        AftercareDomainResponse: {
            domain: components["schemas"]["AftercareLifeDomain"];
            status: components["schemas"]["AftercareDomainStatus"];
            owner: string | null;
            notes: string | null;
            plannedOn: string | null;
            updatedAt: string;
        };
        /** @enum {string} */
        AftercareDomainStatus: "arranged" | "in_progress" | "problem" | "not_needed";
        AftercareHandover: {
            /** Format: uuid */
            id: string;
            startsAt: string;
            place: string;
            participants: {
                name: string;
                organisation: string;
                role: string | null;
                userId: string | null;
            }[];
            note: string | null;
            plannedByName: string;
            createdAt: string;
            /** @enum {string} */
            status: "planned" | "cancelled";
            plannedByOwnOrganisation: boolean;
        };
        AftercareHandoverInput: {
            /** Format: date-time */
            startsAt: string;
            place: string;
            participants: components["schemas"]["AftercareHandoverParticipant"][];
            note?: string | null;
        };
        AftercareHandoverParticipant: {
            name: string;
            organisation: string;
            role?: string | null;
            /** @default null */
            userId: string | null;
        };
        /** @enum {string} */
        AftercareLifeDomain: "id_document" | "housing" | "income_work" | "debts" | "care" | "social_network";
        AftercareOrganisations: {
            municipalities: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            institutions: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        AftercareProlificInput: {
            prolificOffender: boolean;
            /** @default [] */
            supportLines: ("schooling" | "guidance" | "work" | "supported_housing")[];
            caseConferenceOn?: string | null;
            caseConferenceNotes?: string | null;
        };
        AftercareReleaseInput: {
            releasedOn: string;
        };
        AftercareReport: {
            from: string;
            to: string;
            /** @enum {string} */
            scope: "municipality" | "region";
            suppressedBelow: number;
            suppressed: boolean;
            total: {
                notices: number | null;
                withoutNotice: number | null;
                notifiedInTime: number | null;
                warmHandovers: number | null;
                arrangedAtRelease: number | null;
                assessedAfter6Months: number | null;
                arrangedAfter6Months: number | null;
                outflowToWork: number | null;
            };
            perInstitution: {
                notices: number | null;
                withoutNotice: number | null;
                notifiedInTime: number | null;
                warmHandovers: number | null;
                arrangedAtRelease: number | null;
                assessedAfter6Months: number | null;
                arrangedAfter6Months: number | null;
                outflowToWork: number | null;
                key: string | null;
                label: string;
            }[];
            perMunicipality: {
                notices: number | null;
                withoutNotice: number | null;
                notifiedInTime: number | null;
                warmHandovers: number | null;
                arrangedAtRelease: number | null;
                assessedAfter6Months: number | null;
                arrangedAfter6Months: number | null;
                outflowToWork: number | null;
                key: string | null;
                label: string;
            }[];
        };
        AftercareWorkInput: {
            workStartedOn?: string | null;
        };
        AgreementInput: {
            description: string;
            targetPlacements: number;
            periodStart: string;
            periodEnd: string;
        };
        AgreementProgress: {
            /** Format: uuid */
            id: string;
            description: string;
            targetPlacements: number;
            periodStart: string;
            periodEnd: string;
            placements: number;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
        };
        Appointment: {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            location: string | null;
            videoUrl: string | null;
            /** @enum {string} */
            status: "planned" | "held" | "cancelled" | "no_show";
            outcomeNote: string | null;
            withClient: boolean;
            client: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            participants: {
                /** Format: uuid */
                userId: string;
                name: string;
            }[];
            createdByName: string;
            mine: boolean;
            origin: "aftercare_handover" | null;
        };
        AppointmentInput: {
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            location?: string | null;
            videoUrl?: string | null;
            clientId?: string | null;
            /** @default [] */
            participantUserIds: string[];
        };
        AppointmentPatch: {
            title?: string;
            /** Format: date-time */
            startsAt?: string;
            /** Format: date-time */
            endsAt?: string;
            location?: string | null;
            videoUrl?: string | null;
            /** @enum {string} */
            status?: "planned" | "held" | "cancelled" | "no_show";
            outcomeNote?: string | null;
        };
        AssignClientInput: {
            /** Format: uuid */
            clientId: string;
        };
        AssignmentClient: {
            /** Format: uuid */
            clientId: string;
            displayName: string;
            assignedAt: string;
            endedAt: string | null;
        };
        AssignmentResults: {
            started: number;
            running: number;
            toWork: number;
            droppedOut: number;
            spentCents: number;
            costPerPlacementCents: number | null;
        };
        BsnSearch: {
            bsn: string;
        };
        Candidate: {
            /** Format: uuid */
            clientId: string;
            displayName: string;
            score: number;
            parts: components["schemas"]["MatchPart"][];
        };
        CheckFigures: {
            due: number;
            checked: number;
            stillWorking: number;
        };
        Client: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            shared: boolean;
            bsn: string;
            firstName: string;
            surnamePrefix: string | null;
            surname: string;
            displayName: string;
            dateOfBirth: string;
            /** @enum {string} */
            gender: "man" | "vrouw" | "x" | "onbekend";
            email: string | null;
            phone: string | null;
            address: {
                street: string;
                houseNumber: number;
                houseNumberAddition: string | null;
                postcode: string;
                city: string;
            };
            /** @enum {string} */
            educationLevel: "geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo";
            /** @enum {string} */
            benefitType: "participatiewet" | "ww" | "wia_wao" | "wajong" | "geen";
            hoursAvailable: number;
            drivingLicence: boolean;
            maxTravelKm: number;
            languages: string[];
            targetGroups: ("banenafspraak" | "statushouder" | "vijftig_plus" | "jongere" | "alleenstaande_ouder")[];
            healthLimitations?: string | null;
            wantedOccupationUris: string[];
            wantedIscoCodes: string[];
            skills: string[];
            availableFrom: string | null;
            caseManager: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            latestLadder: components["schemas"]["LadderAssessment"] | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ClientInput: {
            bsn: string;
            firstName: string;
            surnamePrefix?: string | null;
            surname: string;
            dateOfBirth: string;
            /** @enum {string} */
            gender: "man" | "vrouw" | "x" | "onbekend";
            email?: string | null;
            phone?: string | null;
            address: {
                street: string;
                houseNumber: number;
                houseNumberAddition?: string | null;
                postcode: string;
                city: string;
            };
            /** @enum {string} */
            educationLevel: "geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo";
            /** @enum {string} */
            benefitType: "participatiewet" | "ww" | "wia_wao" | "wajong" | "geen";
            hoursAvailable: number;
            drivingLicence: boolean;
            maxTravelKm: number;
            /** @default [] */
            languages: string[];
            /** @default [] */
            targetGroups: ("banenafspraak" | "statushouder" | "vijftig_plus" | "jongere" | "alleenstaande_ouder")[];
            healthLimitations?: string | null;
            /** @default [] */
            wantedOccupationUris: string[];
            skills?: string[];
            availableFrom?: string | null;
        };
        ClientPage: {
            items: components["schemas"]["ClientSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ClientPageResponse: {
            items: components["schemas"]["ClientSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ClientPatch: {
            bsn?: string;
            firstName?: string;
            surnamePrefix?: string | null;
            surname?: string;
            dateOfBirth?: string;
            /** @enum {string} */
            gender?: "man" | "vrouw" | "x" | "onbekend";
            email?: string | null;
            phone?: string | null;
            address?: {
                street: string;
                houseNumber: number;
                houseNumberAddition?: string | null;
                postcode: string;
                city: string;
            };
            /** @enum {string} */
            educationLevel?: "geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo";
            /** @enum {string} */
            benefitType?: "participatiewet" | "ww" | "wia_wao" | "wajong" | "geen";
            hoursAvailable?: number;
            drivingLicence?: boolean;
            maxTravelKm?: number;
            languages?: string[];
            targetGroups?: ("banenafspraak" | "statushouder" | "vijftig_plus" | "jongere" | "alleenstaande_ouder")[];
            healthLimitations?: string | null;
            wantedOccupationUris?: string[];
            skills?: string[];
            availableFrom?: string | null;
            version: number;
        };
        ClientResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            shared: boolean;
            bsn: string;
            firstName: string;
            surnamePrefix: string | null;
            surname: string;
            displayName: string;
            dateOfBirth: string;
            /** @enum {string} */
            gender: "man" | "vrouw" | "x" | "onbekend";
            email: string | null;
            phone: string | null;
            address: {
                street: string;
                houseNumber: number;
                houseNumberAddition: string | null;
                postcode: string;
                city: string;
            };
            /** @enum {string} */
            educationLevel: "geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo";
            /** @enum {string} */
            benefitType: "participatiewet" | "ww" | "wia_wao" | "wajong" | "geen";
            hoursAvailable: number;
            drivingLicence: boolean;
            maxTravelKm: number;
            languages: string[];
            targetGroups: ("banenafspraak" | "statushouder" | "vijftig_plus" | "jongere" | "alleenstaande_ouder")[];
            healthLimitations?: string | null;
            wantedOccupationUris: string[];
            wantedIscoCodes: string[];
            skills: string[];
            availableFrom: string | null;
            caseManager: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            latestLadder: components["schemas"]["LadderAssessment"] | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ClientSummary: {
            /** Format: uuid */
            id: string;
            displayName: string;
            dateOfBirth: string;
            postcode: string;
            city: string;
            /** @enum {string} */
            benefitType: "participatiewet" | "ww" | "wia_wao" | "wajong" | "geen";
            bsnMasked: string;
            latestRung: number | null;
            organisationName: string;
            shared: boolean;
        };
        ClientWorkfirst: {
            /** Format: uuid */
            clientId: string;
            applications: components["schemas"]["WorkfirstApplication"][];
            placements: components["schemas"]["WorkfirstPlacement"][];
        };
        Consent: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            grantedAt: string;
            grantedBy: string;
            withdrawnAt: string | null;
            withdrawnBy: string | null;
            validUntil: string | null;
            inForce: boolean;
            note: string | null;
        };
        ConsentInput: {
            /** Format: uuid */
            organisationId: string;
            note?: string | null;
            validUntil?: string | null;
        };
        ContactMoment: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "bezoek" | "telefoon" | "email";
            occurredOn: string;
            notes: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: uuid */
            userId: string;
            userName: string;
            createdAt: string;
        };
        ContactMomentInput: {
            /** @enum {string} */
            kind: "bezoek" | "telefoon" | "email";
            occurredOn: string;
            notes: string;
        };
        Employer: {
            /** Format: uuid */
            id: string;
            name: string;
            kvkNumber: string;
            sbiCode: string;
            /** @enum {string} */
            sizeClass: "1-9" | "10-49" | "50-249" | "250+";
            city: string;
            lead: components["schemas"]["EmployerLead"] | null;
            address: {
                street: string;
                houseNumber: number;
                postcode: string;
                city: string;
            };
            contacts: components["schemas"]["EmployerContact"][];
            agreements: components["schemas"]["AgreementProgress"][];
            registeredByOrganisationName: string;
            createdAt: string;
        };
        EmployerContact: {
            /** Format: uuid */
            id: string;
            name: string;
            jobTitle: string | null;
            email: string | null;
            phone: string | null;
        };
        EmployerContactInput: {
            name: string;
            jobTitle?: string | null;
            email?: string | null;
            phone?: string | null;
        };
        EmployerInput: {
            kvkNumber: string;
            name: string;
            sbiCode: string;
            /** @enum {string} */
            sizeClass: "1-9" | "10-49" | "50-249" | "250+";
            address: {
                street: string;
                houseNumber: number;
                postcode: string;
                city: string;
            };
        };
        EmployerLead: {
            /** Format: uuid */
            userId: string;
            userName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            since: string;
        };
        EmployerPage: {
            items: components["schemas"]["EmployerSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        EmployerPatch: {
            name?: string;
            sbiCode?: string;
            /** @enum {string} */
            sizeClass?: "1-9" | "10-49" | "50-249" | "250+";
            address?: {
                street: string;
                houseNumber: number;
                postcode: string;
                city: string;
            };
        };
        EmployerResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            kvkNumber: string;
            sbiCode: string;
            /** @enum {string} */
            sizeClass: "1-9" | "10-49" | "50-249" | "250+";
            city: string;
            lead: components["schemas"]["EmployerLead"] | null;
            address: {
                street: string;
                houseNumber: number;
                postcode: string;
                city: string;
            };
            contacts: components["schemas"]["EmployerContact"][];
            agreements: components["schemas"]["AgreementProgress"][];
            registeredByOrganisationName: string;
            createdAt: string;
        };
        EmployerSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            kvkNumber: string;
            sbiCode: string;
            /** @enum {string} */
            sizeClass: "1-9" | "10-49" | "50-249" | "250+";
            city: string;
            lead: components["schemas"]["EmployerLead"] | null;
        };
        Instrument: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            /** @enum {string} */
            kind: "training" | "job_coaching" | "work_first" | "wage_cost_subsidy" | "volunteering" | "debt_support" | "prb" | "other";
            cbsCategory: ("loonkostensubsidie_pw" | "forfaitaire_loonkostensubsidie" | "tijdelijke_loonkostensubsidie" | "wiw_id_baan" | "beschut_werk" | "detacheringsbaan" | "participatieplaats" | "proefplaatsing" | "werkervaringsplaats" | "jobcoaching" | "werkplekvoorziening" | "coaching_naar_werk" | "coaching_naar_participatie" | "scholing" | "sociale_activering" | "overig") | null;
            description: string | null;
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        InstrumentInput: {
            name: string;
            /** @enum {string} */
            kind: "training" | "job_coaching" | "work_first" | "wage_cost_subsidy" | "volunteering" | "debt_support" | "prb" | "other";
            cbsCategory?: ("loonkostensubsidie_pw" | "forfaitaire_loonkostensubsidie" | "tijdelijke_loonkostensubsidie" | "wiw_id_baan" | "beschut_werk" | "detacheringsbaan" | "participatieplaats" | "proefplaatsing" | "werkervaringsplaats" | "jobcoaching" | "werkplekvoorziening" | "coaching_naar_werk" | "coaching_naar_participatie" | "scholing" | "sociale_activering" | "overig") | null;
            description?: string | null;
        };
        InstrumentPatch: {
            name?: string;
            cbsCategory?: ("loonkostensubsidie_pw" | "forfaitaire_loonkostensubsidie" | "tijdelijke_loonkostensubsidie" | "wiw_id_baan" | "beschut_werk" | "detacheringsbaan" | "participatieplaats" | "proefplaatsing" | "werkervaringsplaats" | "jobcoaching" | "werkplekvoorziening" | "coaching_naar_werk" | "coaching_naar_participatie" | "scholing" | "sociale_activering" | "overig") | null;
            description?: string | null;
            active?: boolean;
        };
        IscoGroup: {
            code: string;
            level: number;
            label: string;
        };
        LadderAssessment: {
            /** Format: uuid */
            id: string;
            rung: number;
            growthPotential: number;
            assessedOn: string;
            assessor: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            notes: string | null;
            createdAt: string;
        };
        LadderAssessmentInput: {
            rung: number;
            growthPotential: number;
            assessedOn: string;
            notes?: string | null;
        };
        LoginInput: {
            email: string;
            password: string;
        };
        MatchPart: {
            /** @enum {string} */
            key: "occupation" | "distance" | "hours" | "education" | "drivingLicence" | "skills" | "availability";
            points: number;
            max: number;
            explanation: string;
        };
        Municipality: {
            code: string;
            name: string;
            regionCode: string | null;
            regionName: string | null;
            provinceName: string | null;
        };
        MyPrbParticipation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            advisorUserId: string | null;
            advisorName: string | null;
            admittedOn: string;
            budgetCents: number;
            committedCents: number;
            paidCents: number;
            remainingCents: number;
            /** Format: uuid */
            trajectoryId: string;
            trajectoryStatus: ("running" | "closed") | null;
            trajectoryStartDate: string | null;
            trajectoryPlannedEndDate: string | null;
            trajectoryEndDate: string | null;
            outcome: ("work" | "education" | "other_instrument" | "no_result" | "dropped_out") | null;
            proposals: components["schemas"]["PrbProposalResponse"][];
            commitments: components["schemas"]["PrbCommitmentResponse"][];
        };
        Note: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            /** @enum {string} */
            kind: "intake" | "gesprek" | "telefoon" | "waarschuwing";
            notedOn: string;
            text: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            createdAt: string;
        };
        NoteInput: {
            /** @enum {string} */
            kind: "intake" | "gesprek" | "telefoon" | "waarschuwing";
            notedOn: string;
            text: string;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            linkPath: string;
            createdAt: string;
            readAt: string | null;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            total: number;
            unread: number;
            page: number;
            pageSize: number;
        };
        NotificationsMarkedRead: {
            marked: number;
            unread: number;
        };
        Occupation: {
            uri: string;
            code: string;
            iscoCode: string;
            label: string;
            matchedLabel: string | null;
        };
        OccupationDetail: {
            uri: string;
            code: string;
            iscoCode: string;
            label: string;
            altLabels: string[];
            unitGroup: components["schemas"]["IscoGroup"] | null;
            minorGroup: components["schemas"]["IscoGroup"] | null;
            subMajorGroup: components["schemas"]["IscoGroup"] | null;
            majorGroup: components["schemas"]["IscoGroup"] | null;
        };
        OidcProvider: {
            id: string;
            name: string;
        };
        Organisation: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "platform" | "gemeente" | "uwv" | "re_integratiebedrijf" | "uitzendbureau" | "werkgever" | "non_profit" | "penitentiaire_inrichting" | "onderwijsinstelling";
            cbsCode: string | null;
            region: string | null;
            active: boolean;
        };
        OrganisationInput: {
            name: string;
            /** @enum {string} */
            kind: "platform" | "gemeente" | "uwv" | "re_integratiebedrijf" | "uitzendbureau" | "werkgever" | "non_profit" | "penitentiaire_inrichting" | "onderwijsinstelling";
            cbsCode?: string | null;
            region?: string | null;
        };
        OrganisationPatch: {
            name?: string;
            active?: boolean;
            region?: string | null;
        };
        Placement: {
            /** @enum {string} */
            contractType: "vast" | "tijdelijk" | "uitzend" | "proefplaatsing";
            hours: number;
            startDate: string;
            wageSubsidy: boolean;
            jobCoaching: boolean;
        };
        PlacementCheck: {
            /** Format: uuid */
            id: string;
            months: number;
            checkedOn: string;
            stillWorking: boolean;
            notes: string | null;
            createdAt: string;
        };
        PlacementCheckInput: {
            /** @enum {number} */
            months: 6 | 12;
            checkedOn: string;
            stillWorking: boolean;
            notes?: string | null;
        };
        PlacementInput: {
            /** @enum {string} */
            contractType: "vast" | "tijdelijk" | "uitzend" | "proefplaatsing";
            hours: number;
            startDate: string;
            wageSubsidy: boolean;
            jobCoaching: boolean;
        };
        Polis: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string;
            organisationName: string;
            versions: components["schemas"]["PolisVersion"][];
        };
        PolisDraftInput: {
            municipalityObligations: string[];
            clientObligations: string[];
            goalRung: number;
            steps: components["schemas"]["PolisStepInput"][];
            changeNote?: string | null;
        };
        PolisDraftUpdate: {
            municipalityObligations: string[];
            clientObligations: string[];
            goalRung: number;
            steps: components["schemas"]["PolisStepInput"][];
            changeNote?: string | null;
            revision: number;
        };
        PolisResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string;
            organisationName: string;
            versions: components["schemas"]["PolisVersionResponse"][];
        };
        PolisSignature: {
            /** @enum {string} */
            party: "municipality" | "client";
            signerName: string;
            signedAt: string;
            contentHash: string;
        };
        PolisSignInput: {
            revision?: number;
        };
        PolisStep: {
            /** Format: uuid */
            id: string;
            position: number;
            description: string;
            trajectoryId: string | null;
            trajectoryLabel: string | null;
            /** @enum {string} */
            responsible: "client" | "municipality" | "provider";
            startDate: string;
            dueDate: string;
        };
        PolisStepInput: {
            description: string;
            trajectoryId?: string | null;
            /** @enum {string} */
            responsible: "client" | "municipality" | "provider";
            startDate: string;
            dueDate: string;
        };
        PolisVersion: {
            /** Format: uuid */
            id: string;
            versionNumber: number;
            /** @enum {string} */
            status: "draft" | "signed" | "superseded";
            municipalityObligations: string[];
            clientObligations: string[];
            goalRung: number;
            changeNote: string | null;
            steps: components["schemas"]["PolisStep"][];
            signatures: components["schemas"]["PolisSignature"][];
            contentHash: string | null;
            createdAt: string;
            createdByName: string;
            signedAt: string | null;
            revision: number;
        };
        PolisVersionInput: {
            municipalityObligations: string[];
            clientObligations: string[];
            goalRung: number;
            steps: components["schemas"]["PolisStepInput"][];
            changeNote: string;
        };
        PolisVersionResponse: {
            /** Format: uuid */
            id: string;
            versionNumber: number;
            /** @enum {string} */
            status: "draft" | "signed" | "superseded";
            municipalityObligations: string[];
            clientObligations: string[];
            goalRung: number;
            changeNote: string | null;
            steps: components["schemas"]["PolisStep"][];
            signatures: components["schemas"]["PolisSignature"][];
            contentHash: string | null;
            createdAt: string;
            createdByName: string;
            signedAt: string | null;
            revision: number;
        };
        PortalAppointment: {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            location: string | null;
            videoUrl: string | null;
            /** @enum {string} */
            status: "planned" | "held" | "cancelled" | "no_show";
            organisationName: string;
            professionals: {
                name: string;
            }[];
        };
        PortalProposal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string | null;
            candidateLabel: string;
            matchScore: number | null;
            /** @enum {string} */
            status: "proposed" | "interview" | "placed" | "rejected";
            hoursAvailable: number | null;
            educationLevel: ("geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo") | null;
            city: string | null;
            proposedAt: string;
            introduced: boolean;
            name?: string;
            email?: string | null;
            phone?: string | null;
        };
        PortalVacancy: {
            /** Format: uuid */
            id: string;
            title: string;
            occupationLabel: string | null;
            hoursPerWeek: number;
            city: string | null;
            positions: number;
            startDate: string | null;
            /** @enum {string} */
            status: "open" | "filled" | "withdrawn";
            openedAt: string;
            filledAt: string | null;
            proposals: number;
        };
        PostcodeArea: {
            pc4: string;
            lat: number;
            lon: number;
            place: string | null;
            municipalityName: string | null;
        };
        PrbAdmissionInput: {
            /** Format: uuid */
            clientId: string;
            admittedOn: string;
            intakeNote?: string | null;
            advisorUserId?: string | null;
            plannedEndDate?: string | null;
            goalRung?: number | null;
        };
        PrbAdvisor: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            addedAt: string;
        };
        PrbAdvisorInput: {
            /** Format: email */
            email: string;
        };
        PrbBudget: {
            budgetCents: number;
            committedCents: number;
            paidCents: number;
            remainingCents: number;
        };
        PrbCommitment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            proposalId: string;
            /** Format: uuid */
            costLineId: string;
            supplier: string;
            description: string;
            amountCents: number;
            paidCents: number;
            openCents: number;
            createdAt: string;
            invoices: components["schemas"]["PrbInvoice"][];
            budget: components["schemas"]["PrbBudget"];
        };
        PrbCommitmentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            proposalId: string;
            /** Format: uuid */
            costLineId: string;
            supplier: string;
            description: string;
            amountCents: number;
            paidCents: number;
            openCents: number;
            createdAt: string;
            invoices: components["schemas"]["PrbInvoice"][];
            budget: components["schemas"]["PrbBudget"];
        };
        PrbCostLine: {
            /** Format: uuid */
            id: string;
            position: number;
            /** @enum {string} */
            category: "training" | "coaching" | "tools" | "travel" | "childcare" | "other";
            supplier: string;
            description: string;
            amountCents: number;
        };
        PrbCostLineInput: {
            /** @enum {string} */
            category: "training" | "coaching" | "tools" | "travel" | "childcare" | "other";
            supplier: string;
            description: string;
            amount: string | number;
        };
        PrbDecisionInput: {
            /** @enum {string} */
            decision: "approve" | "reject" | "return";
            reason?: string | null;
        };
        PrbInvoice: {
            /** Format: uuid */
            id: string;
            invoiceNumber: string;
            invoiceDate: string;
            amountCents: number;
            recordedAt: string;
            recordedByName: string;
        };
        PrbInvoiceInput: {
            invoiceNumber: string;
            invoiceDate: string;
            amount: string | number;
        };
        PrbParticipant: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            advisorUserId: string | null;
            advisorName: string | null;
            admittedOn: string;
            budgetCents: number;
            committedCents: number;
            paidCents: number;
            remainingCents: number;
            /** Format: uuid */
            trajectoryId: string;
            trajectoryStatus: ("running" | "closed") | null;
            trajectoryStartDate: string | null;
            trajectoryPlannedEndDate: string | null;
            trajectoryEndDate: string | null;
            outcome: ("work" | "education" | "other_instrument" | "no_result" | "dropped_out") | null;
            proposals: components["schemas"]["PrbProposal"][];
            commitments: components["schemas"]["PrbCommitment"][];
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string;
            intakeNote: string | null;
            admittedByName: string;
        };
        PrbParticipantResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            advisorUserId: string | null;
            advisorName: string | null;
            admittedOn: string;
            budgetCents: number;
            committedCents: number;
            paidCents: number;
            remainingCents: number;
            /** Format: uuid */
            trajectoryId: string;
            trajectoryStatus: ("running" | "closed") | null;
            trajectoryStartDate: string | null;
            trajectoryPlannedEndDate: string | null;
            trajectoryEndDate: string | null;
            outcome: ("work" | "education" | "other_instrument" | "no_result" | "dropped_out") | null;
            proposals: components["schemas"]["PrbProposalResponse"][];
            commitments: components["schemas"]["PrbCommitmentResponse"][];
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string;
            intakeNote: string | null;
            admittedByName: string;
        };
        PrbParticipantSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string;
            advisorName: string | null;
            admittedOn: string;
            budgetCents: number;
            committedCents: number;
            paidCents: number;
            remainingCents: number;
            /** Format: uuid */
            trajectoryId: string;
            trajectoryStatus: ("running" | "closed") | null;
            outcome: ("work" | "education" | "other_instrument" | "no_result" | "dropped_out") | null;
            latestProposalStatus: ("draft" | "submitted" | "approved" | "rejected" | "returned") | null;
        };
        PrbProgramme: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            name: string;
            periodStart: string;
            periodEnd: string;
            cohortSize: number;
            admittedCount: number;
            placesLeft: number;
            maxBudgetPerClientCents: number;
            /** Format: uuid */
            instrumentId: string;
            instrumentName: string | null;
            advising: boolean;
            createdAt: string;
            counts: components["schemas"]["PrbProgrammeCounts"];
            advisors: components["schemas"]["PrbAdvisor"][];
            participantsVisible: boolean;
            participants: components["schemas"]["PrbParticipantSummary"][];
        };
        PrbProgrammeCounts: {
            admitted: number;
            running: number;
            closed: number;
            closedWithWork: number;
            droppedOut: number;
            committedCents: number;
            paidCents: number;
        };
        PrbProgrammeInput: {
            name: string;
            periodStart: string;
            periodEnd: string;
            cohortSize: number;
            maxBudgetPerClient: string | number;
            instrumentId?: string | null;
        };
        PrbProgrammeResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            name: string;
            periodStart: string;
            periodEnd: string;
            cohortSize: number;
            admittedCount: number;
            placesLeft: number;
            maxBudgetPerClientCents: number;
            /** Format: uuid */
            instrumentId: string;
            instrumentName: string | null;
            advising: boolean;
            createdAt: string;
            counts: components["schemas"]["PrbProgrammeCounts"];
            advisors: components["schemas"]["PrbAdvisor"][];
            participantsVisible: boolean;
            participants: components["schemas"]["PrbParticipantSummary"][];
        };
        PrbProgrammeSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            name: string;
            periodStart: string;
            periodEnd: string;
            cohortSize: number;
            admittedCount: number;
            placesLeft: number;
            maxBudgetPerClientCents: number;
            /** Format: uuid */
            instrumentId: string;
            instrumentName: string | null;
            advising: boolean;
            createdAt: string;
        };
        PrbProposal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            programmeId: string;
            goal: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "returned";
            totalCents: number;
            costLines: components["schemas"]["PrbCostLine"][];
            createdAt: string;
            createdByName: string;
            updatedAt: string;
            submittedAt: string | null;
            decidedAt: string | null;
            decidedByName: string | null;
            decisionReason: string | null;
            revision: number;
            budget: components["schemas"]["PrbBudget"];
        };
        PrbProposalInput: {
            goal: string;
            costLines: components["schemas"]["PrbCostLineInput"][];
        };
        PrbProposalInputRequest: {
            goal: string;
            costLines: components["schemas"]["PrbCostLineInput"][];
        };
        PrbProposalResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            participantId: string;
            /** Format: uuid */
            programmeId: string;
            goal: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "returned";
            totalCents: number;
            costLines: components["schemas"]["PrbCostLine"][];
            createdAt: string;
            createdByName: string;
            updatedAt: string;
            submittedAt: string | null;
            decidedAt: string | null;
            decidedByName: string | null;
            decisionReason: string | null;
            revision: number;
            budget: components["schemas"]["PrbBudget"];
        };
        PrbProposalUpdate: {
            goal: string;
            costLines: components["schemas"]["PrbCostLineInput"][];
            revision: number;
        };
        PrbProposalUpdateRequest: {
            goal: string;
            costLines: components["schemas"]["PrbCostLineInput"][];
            revision: number;
        };
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @enum {string} */
            code: "validation_failed" | "not_authenticated" | "invalid_credentials" | "account_disabled" | "oidc_failed" | "forbidden" | "csrf_failed" | "not_found" | "conflict" | "duplicate_bsn" | "payload_too_large" | "unsupported_media_type" | "too_many_requests" | "internal";
            invalidParams?: {
                name: string;
                code: string;
                reason: string;
            }[];
        };
        ProgressReport: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            trajectoryId: string;
            reportedOn: string;
            text: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            authorOrganisation: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            createdAt: string;
        };
        ProgressReportInput: {
            reportedOn: string;
            text: string;
        };
        Proposal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string | null;
            employerName: string | null;
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "proposed" | "interview" | "placed" | "rejected";
            introductionConsent: boolean;
            rejectionReason: string | null;
            matchScore: number | null;
            proposedAt: string;
            proposedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            updatedAt: string;
            placement: components["schemas"]["Placement"] | null;
            checks: components["schemas"]["PlacementCheck"][];
        };
        ProposalInput: {
            /** Format: uuid */
            clientId: string;
            /** @default false */
            introductionConsent: boolean;
        };
        ProposalPatch: {
            /** @enum {string} */
            status: "interview" | "placed" | "rejected";
            rejectionReason?: string | null;
            placement?: components["schemas"]["PlacementInput"];
        };
        ProposalResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string | null;
            employerName: string | null;
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "proposed" | "interview" | "placed" | "rejected";
            introductionConsent: boolean;
            rejectionReason: string | null;
            matchScore: number | null;
            proposedAt: string;
            proposedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            updatedAt: string;
            placement: components["schemas"]["Placement"] | null;
            checks: components["schemas"]["PlacementCheck"][];
        };
        ProviderAssignment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            provider: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            name: string;
            periodStart: string;
            periodEnd: string;
            budgetCents: number;
            targetStarted: number;
            targetToWork: number;
            targetMaxDropOutPercent: number | null;
            /** @enum {string} */
            side: "given" | "received";
            activeClients: number;
            results: components["schemas"]["AssignmentResults"];
            createdAt: string;
            endedAt: string | null;
        };
        ProviderAssignmentDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            provider: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            name: string;
            periodStart: string;
            periodEnd: string;
            budgetCents: number;
            targetStarted: number;
            targetToWork: number;
            targetMaxDropOutPercent: number | null;
            /** @enum {string} */
            side: "given" | "received";
            activeClients: number;
            results: components["schemas"]["AssignmentResults"];
            createdAt: string;
            endedAt: string | null;
            clients: components["schemas"]["AssignmentClient"][] | null;
        };
        ProviderAssignmentDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            provider: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            name: string;
            periodStart: string;
            periodEnd: string;
            budgetCents: number;
            targetStarted: number;
            targetToWork: number;
            targetMaxDropOutPercent: number | null;
            /** @enum {string} */
            side: "given" | "received";
            activeClients: number;
            results: components["schemas"]["AssignmentResults"];
            createdAt: string;
            endedAt: string | null;
            clients: components["schemas"]["AssignmentClient"][] | null;
        };
        ProviderAssignmentInput: {
            /** Format: uuid */
            providerOrganisationId: string;
            name: string;
            periodStart: string;
            periodEnd: string;
            budget: string | number;
            targetStarted: number;
            targetToWork: number;
            targetMaxDropOutPercent?: number | null;
        };
        PublicVacancy: {
            /** Format: uuid */
            id: string;
            title: string;
            occupationLabel: string | null;
            employerName: string;
            city: string | null;
            hoursPerWeek: number;
            startDate: string | null;
            wageMinCents: number | null;
            wageMaxCents: number | null;
            description: string | null;
            publishedAt: string;
        };
        PublicVacancyPage: {
            items: components["schemas"]["PublicVacancy"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ReleaseNotice: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityId: string;
            municipalityName: string;
            institutionId: string | null;
            institutionName: string | null;
            withoutNotice: boolean;
            displayName: string;
            dateOfBirth: string;
            notifiedOn: string;
            detentionStartedOn: string | null;
            expectedReleaseOn: string;
            releasedOn: string | null;
            notifiedInTime: boolean;
            handoverPlanned: boolean;
            prolificOffender: boolean;
            clientId: string | null;
            bsn: string;
            firstName: string;
            surnamePrefix: string | null;
            surname: string;
            activities: string | null;
            domains: components["schemas"]["AftercareDomain"][];
            assessments: components["schemas"]["AftercareAssessment"][];
            handovers: components["schemas"]["AftercareHandover"][];
            supportLines: ("schooling" | "guidance" | "work" | "supported_housing")[];
            caseConferenceOn: string | null;
            caseConferenceNotes: string | null;
            workStartedOn: string | null;
            createdByName: string;
            createdAt: string;
        };
        ReleaseNoticeInput: {
            /** Format: uuid */
            municipalityId: string;
            /** Format: uuid */
            institutionId?: string;
            bsn: string;
            firstName: string;
            surnamePrefix?: string | null;
            surname: string;
            dateOfBirth: string;
            detentionStartedOn: string;
            expectedReleaseOn: string;
            activities?: string | null;
            domains?: {
                id_document?: components["schemas"]["AftercareDomainInput"];
                housing?: components["schemas"]["AftercareDomainInput"];
                income_work?: components["schemas"]["AftercareDomainInput"];
                debts?: components["schemas"]["AftercareDomainInput"];
                care?: components["schemas"]["AftercareDomainInput"];
                social_network?: components["schemas"]["AftercareDomainInput"];
            };
        };
        ReleaseNoticeResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityId: string;
            municipalityName: string;
            institutionId: string | null;
            institutionName: string | null;
            withoutNotice: boolean;
            displayName: string;
            dateOfBirth: string;
            notifiedOn: string;
            detentionStartedOn: string | null;
            expectedReleaseOn: string;
            releasedOn: string | null;
            notifiedInTime: boolean;
            handoverPlanned: boolean;
            prolificOffender: boolean;
            clientId: string | null;
            bsn: string;
            firstName: string;
            surnamePrefix: string | null;
            surname: string;
            activities: string | null;
            domains: components["schemas"]["AftercareDomainResponse"][];
            assessments: components["schemas"]["AftercareAssessmentResponse"][];
            handovers: components["schemas"]["AftercareHandover"][];
            supportLines: ("schooling" | "guidance" | "work" | "supported_housing")[];
            caseConferenceOn: string | null;
            caseConferenceNotes: string | null;
            workStartedOn: string | null;
            createdByName: string;
            createdAt: string;
        };
        ReleaseNoticeSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            municipalityId: string;
            municipalityName: string;
            institutionId: string | null;
            institutionName: string | null;
            withoutNotice: boolean;
            displayName: string;
            dateOfBirth: string;
            notifiedOn: string;
            detentionStartedOn: string | null;
            expectedReleaseOn: string;
            releasedOn: string | null;
            notifiedInTime: boolean;
            handoverPlanned: boolean;
            prolificOffender: boolean;
            clientId: string | null;
        };
        ReleaseWithoutNoticeInput: {
            institutionId?: string | null;
            bsn: string;
            firstName: string;
            surnamePrefix?: string | null;
            surname: string;
            dateOfBirth: string;
            detentionStartedOn?: string | null;
            releaseOn: string;
            activities?: string | null;
            domains?: {
                id_document?: components["schemas"]["AftercareDomainInputRequest"];
                housing?: components["schemas"]["AftercareDomainInputRequest"];
                income_work?: components["schemas"]["AftercareDomainInputRequest"];
                debts?: components["schemas"]["AftercareDomainInputRequest"];
                care?: components["schemas"]["AftercareDomainInputRequest"];
                social_network?: components["schemas"]["AftercareDomainInputRequest"];
            };
        };
        ResultFigures: {
            vacanciesOpened: number;
            vacanciesFilled: number;
            medianDaysToFill: number | null;
            proposals: number;
            placements: number;
            after6Months: components["schemas"]["CheckFigures"];
            after12Months: components["schemas"]["CheckFigures"];
        };
        Results: {
            /** @enum {string} */
            level: "organisation" | "region";
            from: string;
            to: string;
            regionCode: string | null;
            organisations: {
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                figures: components["schemas"]["ResultFigures"];
            }[];
            total: components["schemas"]["ResultFigures"];
        };
        Session: {
            user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                roles: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "inrichtingsmedewerker" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
                organisation: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    kind: string;
                };
            };
            csrfToken: string;
            expiresAt: string;
        };
        Task: {
            /** Format: uuid */
            id: string;
            title: string;
            dueOn: string;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            reason: string | null;
            subject: {
                type: components["schemas"]["TaskSubjectType"];
                /** Format: uuid */
                id: string;
                label: string | null;
            };
            client: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            assignee: {
                /** @constant */
                kind: "user";
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | {
                /** @constant */
                kind: "team";
                role: string;
                label: string;
            };
            createdBy: {
                /** @constant */
                kind: "user";
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | {
                /** @constant */
                kind: "rule";
                ruleId: string;
                label: string;
            };
            createdAt: string;
            closedAt: string | null;
            closedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            closingNote: string | null;
        };
        TaskBulkCompleteInput: {
            taskIds: string[];
            note?: string | null;
        };
        TaskBulkResult: {
            completed: components["schemas"]["TaskResponse"][];
        };
        TaskCancelInput: {
            reason: string;
        };
        TaskCompleteInput: {
            note?: string | null;
        };
        TaskInput: {
            title: string;
            dueOn: string;
            reason?: string | null;
            subject: {
                type: components["schemas"]["TaskSubjectType"];
                /** Format: uuid */
                id: string;
            };
            assignee?: {
                /** Format: uuid */
                userId: string;
            } | {
                /** @enum {string} */
                role: "klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "inrichtingsmedewerker" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder";
            };
        };
        TaskList: {
            items: components["schemas"]["Task"][];
            /** @description The date the due filters were judged by (Europe/Amsterdam). */
            today: string;
        };
        TaskResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            dueOn: string;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            reason: string | null;
            subject: {
                type: components["schemas"]["TaskSubjectType"];
                /** Format: uuid */
                id: string;
                label: string | null;
            };
            client: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            assignee: {
                /** @constant */
                kind: "user";
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | {
                /** @constant */
                kind: "team";
                role: string;
                label: string;
            };
            createdBy: {
                /** @constant */
                kind: "user";
                user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
            } | {
                /** @constant */
                kind: "rule";
                ruleId: string;
                label: string;
            };
            createdAt: string;
            closedAt: string | null;
            closedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            closingNote: string | null;
        };
        /** @enum {string} */
        TaskSubjectType: "client" | "employer" | "vacancy" | "trajectory" | "placement_proposal" | "release_notice";
        Trajectory: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientDisplayName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            instrument: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "training" | "job_coaching" | "work_first" | "wage_cost_subsidy" | "volunteering" | "debt_support" | "prb" | "other";
                cbsCategory: ("loonkostensubsidie_pw" | "forfaitaire_loonkostensubsidie" | "tijdelijke_loonkostensubsidie" | "wiw_id_baan" | "beschut_werk" | "detacheringsbaan" | "participatieplaats" | "proefplaatsing" | "werkervaringsplaats" | "jobcoaching" | "werkplekvoorziening" | "coaching_naar_werk" | "coaching_naar_participatie" | "scholing" | "sociale_activering" | "overig") | null;
            };
            provider: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            assignmentId: string | null;
            prbParticipantId: string | null;
            startDate: string;
            plannedEndDate: string;
            costCents: number;
            goalRung: number;
            rungBefore: number | null;
            rungAfter: number | null;
            /** @enum {string} */
            status: "running" | "closed";
            endDate: string | null;
            outcome: ("work" | "education" | "other_instrument" | "no_result" | "dropped_out") | null;
            outcomeHours: number | null;
            outcomeContractType: ("permanent" | "temporary" | "on_call" | "self_employed") | null;
            outcomeReason: string | null;
            createdAt: string;
            version: number;
        };
        TrajectoryCloseInput: {
            endDate: string;
            /** @enum {string} */
            outcome: "work" | "education" | "other_instrument" | "no_result" | "dropped_out";
            hoursPerWeek?: number | null;
            contractType?: ("permanent" | "temporary" | "on_call" | "self_employed") | null;
            reason?: string | null;
        };
        TrajectoryInput: {
            /** Format: uuid */
            instrumentId: string;
            providerOrganisationId?: string | null;
            assignmentId?: string | null;
            startDate: string;
            plannedEndDate: string;
            cost: string | number;
            goalRung: number;
        };
        TrajectoryPage: {
            items: components["schemas"]["Trajectory"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TrajectoryReport: {
            /** @enum {string} */
            groupBy: "programme" | "instrument" | "provider";
            from: string | null;
            to: string | null;
            rows: components["schemas"]["TrajectoryReportRow"][];
            total: components["schemas"]["TrajectoryReportRow"];
        };
        TrajectoryReportRow: {
            key: string | null;
            label: string;
            started: number;
            running: number;
            closed: number;
            closedWithWork: number;
            droppedOut: number;
            percentClosedWithWork: number | null;
            averageSpendCents: number | null;
            costPerPlacementCents: number | null;
            averageRungChange: number | null;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            roles: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "inrichtingsmedewerker" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            active: boolean;
            lastLoginAt: string | null;
        };
        UserInput: {
            /** Format: email */
            email: string;
            name: string;
            /** Format: uuid */
            organisationId: string;
            roles: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "inrichtingsmedewerker" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
            password: string;
        };
        UserPatch: {
            name?: string;
            roles?: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "inrichtingsmedewerker" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
            active?: boolean;
            password?: string;
        };
        Vacancy: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            employerId: string;
            employerName: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            own: boolean;
            regionCode: string | null;
            occupationUri: string;
            occupationLabel: string | null;
            iscoCode: string;
            title: string;
            description: string | null;
            hoursPerWeek: number;
            postcode: string;
            city: string | null;
            positions: number;
            educationLevel: ("geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo") | null;
            drivingLicenceRequired: boolean;
            skills: string[];
            startDate: string | null;
            wageMinCents: number | null;
            wageMaxCents: number | null;
            /** @enum {string} */
            visibility: "own" | "region" | "public";
            /** @enum {string} */
            status: "open" | "filled" | "withdrawn";
            openedAt: string;
            filledAt: string | null;
        };
        VacancyClose: {
            /** @enum {string} */
            reason: "vervuld" | "ingetrokken";
        };
        VacancyInput: {
            /** Format: uuid */
            employerId: string;
            occupationUri: string;
            title: string;
            description?: string | null;
            hoursPerWeek: number;
            postcode: string;
            positions: number;
            educationLevel?: ("geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo") | null;
            /** @default false */
            drivingLicenceRequired: boolean;
            skills?: string[];
            startDate?: string | null;
            wageMinCents?: number | null;
            wageMaxCents?: number | null;
            /** @enum {string} */
            visibility: "own" | "region" | "public";
        };
        VacancyMatch: {
            /** Format: uuid */
            vacancyId: string;
            title: string;
            employerName: string | null;
            score: number;
            parts: components["schemas"]["MatchPart"][];
        };
        VacancyPage: {
            items: components["schemas"]["Vacancy"][];
            total: number;
            page: number;
            pageSize: number;
        };
        VacancyPatch: {
            occupationUri?: string;
            title?: string;
            description?: string | null;
            hoursPerWeek?: number;
            postcode?: string;
            positions?: number;
            educationLevel?: ("geen" | "basisonderwijs" | "vmbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" | "havo" | "vwo" | "hbo" | "wo") | null;
            drivingLicenceRequired?: boolean;
            skills?: string[];
            startDate?: string | null;
            wageMinCents?: number | null;
            wageMaxCents?: number | null;
            /** @enum {string} */
            visibility?: "own" | "region" | "public";
        };
        WorkfirstApplication: {
            /** Format: uuid */
            id: string;
            reportedOn: string;
            submittedOn: string | null;
            decidedOn: string | null;
            outcome: ("granted" | "refused" | "withdrawn" | "not_pursued") | null;
            workStartedOn: string | null;
            searchPeriod: boolean;
            searchPeriodEndsOn: string | null;
            searchWeeks: components["schemas"]["WorkfirstSearchWeek"][];
        };
        WorkfirstApplicationInput: {
            reportedOn: string;
            submittedOn?: string | null;
        };
        WorkfirstApplicationPatch: {
            submittedOn?: string | null;
            decidedOn?: string | null;
            outcome?: ("granted" | "refused" | "withdrawn" | "not_pursued") | null;
            workStartedOn?: string | null;
        };
        WorkfirstApplicationResponse: {
            /** Format: uuid */
            id: string;
            reportedOn: string;
            submittedOn: string | null;
            decidedOn: string | null;
            outcome: ("granted" | "refused" | "withdrawn" | "not_pursued") | null;
            workStartedOn: string | null;
            searchPeriod: boolean;
            searchPeriodEndsOn: string | null;
            searchWeeks: components["schemas"]["WorkfirstSearchWeek"][];
        };
        WorkfirstAttendance: {
            weekStart: string;
            hoursPlanned: number;
            hoursPresent: number;
            absenceExcusedHours: number;
            absenceUnexcusedHours: number;
            note: string | null;
        };
        WorkfirstAttendanceInput: {
            hoursPlanned: number;
            hoursPresent: number;
            /** @default 0 */
            absenceExcusedHours: number;
            /** @default 0 */
            absenceUnexcusedHours: number;
            note?: string | null;
        };
        WorkfirstAttendanceResult: {
            attendance: components["schemas"]["WorkfirstAttendance"];
            measure: components["schemas"]["WorkfirstMeasure"] | null;
        };
        WorkfirstDiagnosis: {
            hoursPerWeekFeasible: number;
            workHabits: string;
            skillsSeen: string;
            limitations: string | null;
            /** @enum {string} */
            advice: "work" | "trajectory" | "care";
            adviceNote: string | null;
            ladderRung: number;
            recordedAt: string;
        };
        WorkfirstDiagnosisInput: {
            hoursPerWeekFeasible: number;
            workHabits: string;
            skillsSeen: string;
            /** @default false */
            limitationsConsent: boolean;
            limitations?: string | null;
            /** @enum {string} */
            advice: "work" | "trajectory" | "care";
            adviceNote?: string | null;
            ladderRung: number;
        };
        WorkfirstMeasure: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            placementId: string;
            weekStart: string;
            /** @enum {string} */
            category: "absence_first" | "absence_repeat" | "absence_persistent";
            percent: number;
            durationMonths: number;
            regulationValidFrom: string;
            /** @enum {string} */
            status: "proposed" | "confirmed" | "dropped";
            decisionReason: string | null;
            decidedAt: string | null;
            effectiveFrom: string | null;
            clientResponse: string | null;
            respondedAt: string | null;
            hearingOpen: boolean;
        };
        WorkfirstMeasureDecision: {
            /** @enum {string} */
            decision: "confirm" | "drop";
            reason: string;
            percent?: number;
        };
        WorkfirstMeasureResponse: {
            response: string;
        };
        WorkfirstPlacement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            providerKind: "provider" | "own_company";
            providerName: string;
            activity: string;
            hoursPerWeek: number;
            startsOn: string;
            endsOn: string;
            /** @enum {string} */
            status: "active" | "completed" | "dropped_out";
            attendance: components["schemas"]["WorkfirstAttendance"][];
            measures: components["schemas"]["WorkfirstMeasure"][];
            diagnosis: components["schemas"]["WorkfirstDiagnosis"] | null;
        };
        WorkfirstPlacementInput: {
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            providerKind: "provider" | "own_company";
            providerName: string;
            activity: string;
            hoursPerWeek: number;
            startsOn: string;
            endsOn: string;
        };
        WorkfirstPlacementPatch: {
            /** @enum {string} */
            status: "active" | "completed" | "dropped_out";
            endsOn?: string;
        };
        WorkfirstPlacementResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            providerKind: "provider" | "own_company";
            providerName: string;
            activity: string;
            hoursPerWeek: number;
            startsOn: string;
            endsOn: string;
            /** @enum {string} */
            status: "active" | "completed" | "dropped_out";
            attendance: components["schemas"]["WorkfirstAttendance"][];
            measures: components["schemas"]["WorkfirstMeasure"][];
            diagnosis: components["schemas"]["WorkfirstDiagnosis"] | null;
        };
        WorkfirstPortalMeasure: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            placementId: string;
            weekStart: string;
            /** @enum {string} */
            category: "absence_first" | "absence_repeat" | "absence_persistent";
            percent: number;
            durationMonths: number;
            regulationValidFrom: string;
            /** @enum {string} */
            status: "proposed" | "confirmed" | "dropped";
            decisionReason: string | null;
            decidedAt: string | null;
            effectiveFrom: string | null;
            clientResponse: string | null;
            respondedAt: string | null;
            hearingOpen: boolean;
            activity: string;
            providerName: string;
        };
        WorkfirstRegulation: {
            minHoursPerWeek: number;
            applicationsTargetPerWeek: number;
            hearingDays: number;
            ceilingPercent: number;
            categories: {
                absence_first: {
                    percent: number;
                    durationMonths: number;
                };
                absence_repeat: {
                    percent: number;
                    durationMonths: number;
                };
                absence_persistent: {
                    percent: number;
                    durationMonths: number;
                };
            };
            validFrom: string;
            isDefault: boolean;
        };
        WorkfirstRegulationInput: {
            minHoursPerWeek: number;
            applicationsTargetPerWeek: number;
            hearingDays: number;
            ceilingPercent: number;
            categories: {
                absence_first: {
                    percent: number;
                    durationMonths: number;
                };
                absence_repeat: {
                    percent: number;
                    durationMonths: number;
                };
                absence_persistent: {
                    percent: number;
                    durationMonths: number;
                };
            };
        };
        WorkfirstReport: {
            from: string;
            to: string;
            suppressedBelow: number;
            applications: number | null;
            withdrawn: number | null;
            notPursued: number | null;
            started: number | null;
            completed: number | null;
            droppedOut: number | null;
            measuresConfirmed: number | null;
            outflowToWorkWithin3Months: number | null;
            outflowToWorkWithin6Months: number | null;
            withdrawnSeenAgainWithinYear: number | null;
        };
        WorkfirstSearchWeek: {
            weekStart: string;
            jobApplications: number | null;
            target: number;
            metTarget: boolean | null;
        };
        WorkfirstSearchWeekInput: {
            jobApplications: number;
        };
        WorkfirstWeek: {
            weekStart: string;
            rows: components["schemas"]["WorkfirstWeekRow"][];
        };
        WorkfirstWeekRow: {
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: uuid */
            placementId: string;
            providerName: string;
            activity: string;
            hoursPerWeek: number;
            attendance: components["schemas"]["WorkfirstAttendance"] | null;
            measure: components["schemas"]["WorkfirstMeasure"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AftercareAssessment = components['schemas']['AftercareAssessment'];
export type AftercareAssessmentInput = components['schemas']['AftercareAssessmentInput'];
export type AftercareAssessmentResponse = components['schemas']['AftercareAssessmentResponse'];
export type AftercareBecomeClientInput = components['schemas']['AftercareBecomeClientInput'];
export type AftercareBecomeClientResult = components['schemas']['AftercareBecomeClientResult'];
export type AftercareDomain = components['schemas']['AftercareDomain'];
export type AftercareDomainInput = components['schemas']['AftercareDomainInput'];
export type AftercareDomainInputRequest = components['schemas']['AftercareDomainInputRequest'];
export type AftercareDomainResponse = components['schemas']['AftercareDomainResponse'];
export type AftercareDomainStatus = components['schemas']['AftercareDomainStatus'];
export type AftercareHandover = components['schemas']['AftercareHandover'];
export type AftercareHandoverInput = components['schemas']['AftercareHandoverInput'];
export type AftercareHandoverParticipant = components['schemas']['AftercareHandoverParticipant'];
export type AftercareLifeDomain = components['schemas']['AftercareLifeDomain'];
export type AftercareOrganisations = components['schemas']['AftercareOrganisations'];
export type AftercareProlificInput = components['schemas']['AftercareProlificInput'];
export type AftercareReleaseInput = components['schemas']['AftercareReleaseInput'];
export type AftercareReport = components['schemas']['AftercareReport'];
export type AftercareWorkInput = components['schemas']['AftercareWorkInput'];
export type AgreementInput = components['schemas']['AgreementInput'];
export type AgreementProgress = components['schemas']['AgreementProgress'];
export type Appointment = components['schemas']['Appointment'];
export type AppointmentInput = components['schemas']['AppointmentInput'];
export type AppointmentPatch = components['schemas']['AppointmentPatch'];
export type AssignClientInput = components['schemas']['AssignClientInput'];
export type AssignmentClient = components['schemas']['AssignmentClient'];
export type AssignmentResults = components['schemas']['AssignmentResults'];
export type BsnSearch = components['schemas']['BsnSearch'];
export type Candidate = components['schemas']['Candidate'];
export type CheckFigures = components['schemas']['CheckFigures'];
export type Client = components['schemas']['Client'];
export type ClientInput = components['schemas']['ClientInput'];
export type ClientPage = components['schemas']['ClientPage'];
export type ClientPageResponse = components['schemas']['ClientPageResponse'];
export type ClientPatch = components['schemas']['ClientPatch'];
export type ClientResponse = components['schemas']['ClientResponse'];
export type ClientSummary = components['schemas']['ClientSummary'];
export type ClientWorkfirst = components['schemas']['ClientWorkfirst'];
export type Consent = components['schemas']['Consent'];
export type ConsentInput = components['schemas']['ConsentInput'];
export type ContactMoment = components['schemas']['ContactMoment'];
export type ContactMomentInput = components['schemas']['ContactMomentInput'];
export type Employer = components['schemas']['Employer'];
export type EmployerContact = components['schemas']['EmployerContact'];
export type EmployerContactInput = components['schemas']['EmployerContactInput'];
export type EmployerInput = components['schemas']['EmployerInput'];
export type EmployerLead = components['schemas']['EmployerLead'];
export type EmployerPage = components['schemas']['EmployerPage'];
export type EmployerPatch = components['schemas']['EmployerPatch'];
export type EmployerResponse = components['schemas']['EmployerResponse'];
export type EmployerSummary = components['schemas']['EmployerSummary'];
export type Instrument = components['schemas']['Instrument'];
export type InstrumentInput = components['schemas']['InstrumentInput'];
export type InstrumentPatch = components['schemas']['InstrumentPatch'];
export type IscoGroup = components['schemas']['IscoGroup'];
export type LadderAssessment = components['schemas']['LadderAssessment'];
export type LadderAssessmentInput = components['schemas']['LadderAssessmentInput'];
export type LoginInput = components['schemas']['LoginInput'];
export type MatchPart = components['schemas']['MatchPart'];
export type Municipality = components['schemas']['Municipality'];
export type MyPrbParticipation = components['schemas']['MyPrbParticipation'];
export type Note = components['schemas']['Note'];
export type NoteInput = components['schemas']['NoteInput'];
export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type NotificationsMarkedRead = components['schemas']['NotificationsMarkedRead'];
export type Occupation = components['schemas']['Occupation'];
export type OccupationDetail = components['schemas']['OccupationDetail'];
export type OidcProvider = components['schemas']['OidcProvider'];
export type Organisation = components['schemas']['Organisation'];
export type OrganisationInput = components['schemas']['OrganisationInput'];
export type OrganisationPatch = components['schemas']['OrganisationPatch'];
export type Placement = components['schemas']['Placement'];
export type PlacementCheck = components['schemas']['PlacementCheck'];
export type PlacementCheckInput = components['schemas']['PlacementCheckInput'];
export type PlacementInput = components['schemas']['PlacementInput'];
export type Polis = components['schemas']['Polis'];
export type PolisDraftInput = components['schemas']['PolisDraftInput'];
export type PolisDraftUpdate = components['schemas']['PolisDraftUpdate'];
export type PolisResponse = components['schemas']['PolisResponse'];
export type PolisSignature = components['schemas']['PolisSignature'];
export type PolisSignInput = components['schemas']['PolisSignInput'];
export type PolisStep = components['schemas']['PolisStep'];
export type PolisStepInput = components['schemas']['PolisStepInput'];
export type PolisVersion = components['schemas']['PolisVersion'];
export type PolisVersionInput = components['schemas']['PolisVersionInput'];
export type PolisVersionResponse = components['schemas']['PolisVersionResponse'];
export type PortalAppointment = components['schemas']['PortalAppointment'];
export type PortalProposal = components['schemas']['PortalProposal'];
export type PortalVacancy = components['schemas']['PortalVacancy'];
export type PostcodeArea = components['schemas']['PostcodeArea'];
export type PrbAdmissionInput = components['schemas']['PrbAdmissionInput'];
export type PrbAdvisor = components['schemas']['PrbAdvisor'];
export type PrbAdvisorInput = components['schemas']['PrbAdvisorInput'];
export type PrbBudget = components['schemas']['PrbBudget'];
export type PrbCommitment = components['schemas']['PrbCommitment'];
export type PrbCommitmentResponse = components['schemas']['PrbCommitmentResponse'];
export type PrbCostLine = components['schemas']['PrbCostLine'];
export type PrbCostLineInput = components['schemas']['PrbCostLineInput'];
export type PrbDecisionInput = components['schemas']['PrbDecisionInput'];
export type PrbInvoice = components['schemas']['PrbInvoice'];
export type PrbInvoiceInput = components['schemas']['PrbInvoiceInput'];
export type PrbParticipant = components['schemas']['PrbParticipant'];
export type PrbParticipantResponse = components['schemas']['PrbParticipantResponse'];
export type PrbParticipantSummary = components['schemas']['PrbParticipantSummary'];
export type PrbProgramme = components['schemas']['PrbProgramme'];
export type PrbProgrammeCounts = components['schemas']['PrbProgrammeCounts'];
export type PrbProgrammeInput = components['schemas']['PrbProgrammeInput'];
export type PrbProgrammeResponse = components['schemas']['PrbProgrammeResponse'];
export type PrbProgrammeSummary = components['schemas']['PrbProgrammeSummary'];
export type PrbProposal = components['schemas']['PrbProposal'];
export type PrbProposalInput = components['schemas']['PrbProposalInput'];
export type PrbProposalInputRequest = components['schemas']['PrbProposalInputRequest'];
export type PrbProposalResponse = components['schemas']['PrbProposalResponse'];
export type PrbProposalUpdate = components['schemas']['PrbProposalUpdate'];
export type PrbProposalUpdateRequest = components['schemas']['PrbProposalUpdateRequest'];
export type Problem = components['schemas']['Problem'];
export type ProgressReport = components['schemas']['ProgressReport'];
export type ProgressReportInput = components['schemas']['ProgressReportInput'];
export type Proposal = components['schemas']['Proposal'];
export type ProposalInput = components['schemas']['ProposalInput'];
export type ProposalPatch = components['schemas']['ProposalPatch'];
export type ProposalResponse = components['schemas']['ProposalResponse'];
export type ProviderAssignment = components['schemas']['ProviderAssignment'];
export type ProviderAssignmentDetail = components['schemas']['ProviderAssignmentDetail'];
export type ProviderAssignmentDetailResponse = components['schemas']['ProviderAssignmentDetailResponse'];
export type ProviderAssignmentInput = components['schemas']['ProviderAssignmentInput'];
export type PublicVacancy = components['schemas']['PublicVacancy'];
export type PublicVacancyPage = components['schemas']['PublicVacancyPage'];
export type ReleaseNotice = components['schemas']['ReleaseNotice'];
export type ReleaseNoticeInput = components['schemas']['ReleaseNoticeInput'];
export type ReleaseNoticeResponse = components['schemas']['ReleaseNoticeResponse'];
export type ReleaseNoticeSummary = components['schemas']['ReleaseNoticeSummary'];
export type ReleaseWithoutNoticeInput = components['schemas']['ReleaseWithoutNoticeInput'];
export type ResultFigures = components['schemas']['ResultFigures'];
export type Results = components['schemas']['Results'];
export type Session = components['schemas']['Session'];
export type Task = components['schemas']['Task'];
export type TaskBulkCompleteInput = components['schemas']['TaskBulkCompleteInput'];
export type TaskBulkResult = components['schemas']['TaskBulkResult'];
export type TaskCancelInput = components['schemas']['TaskCancelInput'];
export type TaskCompleteInput = components['schemas']['TaskCompleteInput'];
export type TaskInput = components['schemas']['TaskInput'];
export type TaskList = components['schemas']['TaskList'];
export type TaskResponse = components['schemas']['TaskResponse'];
export type TaskSubjectType = components['schemas']['TaskSubjectType'];
export type Trajectory = components['schemas']['Trajectory'];
export type TrajectoryCloseInput = components['schemas']['TrajectoryCloseInput'];
export type TrajectoryInput = components['schemas']['TrajectoryInput'];
export type TrajectoryPage = components['schemas']['TrajectoryPage'];
export type TrajectoryReport = components['schemas']['TrajectoryReport'];
export type TrajectoryReportRow = components['schemas']['TrajectoryReportRow'];
export type User = components['schemas']['User'];
export type UserInput = components['schemas']['UserInput'];
export type UserPatch = components['schemas']['UserPatch'];
export type Vacancy = components['schemas']['Vacancy'];
export type VacancyClose = components['schemas']['VacancyClose'];
export type VacancyInput = components['schemas']['VacancyInput'];
export type VacancyMatch = components['schemas']['VacancyMatch'];
export type VacancyPage = components['schemas']['VacancyPage'];
export type VacancyPatch = components['schemas']['VacancyPatch'];
export type WorkfirstApplication = components['schemas']['WorkfirstApplication'];
export type WorkfirstApplicationInput = components['schemas']['WorkfirstApplicationInput'];
export type WorkfirstApplicationPatch = components['schemas']['WorkfirstApplicationPatch'];
export type WorkfirstApplicationResponse = components['schemas']['WorkfirstApplicationResponse'];
export type WorkfirstAttendance = components['schemas']['WorkfirstAttendance'];
export type WorkfirstAttendanceInput = components['schemas']['WorkfirstAttendanceInput'];
export type WorkfirstAttendanceResult = components['schemas']['WorkfirstAttendanceResult'];
export type WorkfirstDiagnosis = components['schemas']['WorkfirstDiagnosis'];
export type WorkfirstDiagnosisInput = components['schemas']['WorkfirstDiagnosisInput'];
export type WorkfirstMeasure = components['schemas']['WorkfirstMeasure'];
export type WorkfirstMeasureDecision = components['schemas']['WorkfirstMeasureDecision'];
export type WorkfirstMeasureResponse = components['schemas']['WorkfirstMeasureResponse'];
export type WorkfirstPlacement = components['schemas']['WorkfirstPlacement'];
export type WorkfirstPlacementInput = components['schemas']['WorkfirstPlacementInput'];
export type WorkfirstPlacementPatch = components['schemas']['WorkfirstPlacementPatch'];
export type WorkfirstPlacementResponse = components['schemas']['WorkfirstPlacementResponse'];
export type WorkfirstPortalMeasure = components['schemas']['WorkfirstPortalMeasure'];
export type WorkfirstRegulation = components['schemas']['WorkfirstRegulation'];
export type WorkfirstRegulationInput = components['schemas']['WorkfirstRegulationInput'];
export type WorkfirstReport = components['schemas']['WorkfirstReport'];
export type WorkfirstSearchWeek = components['schemas']['WorkfirstSearchWeek'];
export type WorkfirstSearchWeekInput = components['schemas']['WorkfirstSearchWeekInput'];
export type WorkfirstWeek = components['schemas']['WorkfirstWeek'];
export type WorkfirstWeekRow = components['schemas']['WorkfirstWeekRow'];
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Te veel verzoeken */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Geen inhoud */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOidcProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcProvider"][];
                };
            };
        };
    };
    beginOidcLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Doorverwijzing */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeOidcLogin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Doorverwijzing */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClients: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                postcode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchClientsByBsn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BsnSearch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPageResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    grantConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                consentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLadderAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LadderAssessment"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordLadderAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LadderAssessmentInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LadderAssessment"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchOccupations: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Occupation"][];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOccupation: {
        parameters: {
            query: {
                uri: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationDetail"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIscoGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IscoGroup"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMunicipalities: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"][];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPostcodeArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pc4: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostcodeArea"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVacancies: {
        parameters: {
            query?: {
                status?: "open" | "filled" | "withdrawn";
                employerId?: string;
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyPage"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVacancy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VacancyInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vacancy"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVacancy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vacancy"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateVacancy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VacancyPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vacancy"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeVacancy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VacancyClose"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vacancy"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicVacancies: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVacancyPage"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPortalVacancies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalVacancy"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVacancyProposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordIntroductionConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPlacementCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementCheckInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementCheck"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPortalProposals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalProposal"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResults: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                level?: "organisation" | "region";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Results"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEmployers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerPage"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerEmployer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employer"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEmployer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    claimEmployerLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseEmployerLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addEmployerContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerContactInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerContact"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEmployerContactMoments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMoment"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordEmployerContactMoment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactMomentInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactMoment"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addEmployerAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementProgress"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVacancyCandidates: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"][];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClientVacancyMatches: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyMatch"][];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClientPortalAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exists: boolean;
                        email: string | null;
                        linkedAt: string | null;
                    };
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClientPortalAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        /** Format: uuid */
                        clientId: string;
                        email: string;
                    };
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        displayName: string;
                        organisationName: string;
                    };
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInstruments: {
        parameters: {
            query?: {
                includeInactive?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"][];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInstrument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstrumentInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInstrument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstrumentPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClientTrajectories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trajectory"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startTrajectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrajectoryInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trajectory"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTrajectories: {
        parameters: {
            query?: {
                status?: "running" | "closed";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrajectoryPage"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrajectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trajectory"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeTrajectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrajectoryCloseInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trajectory"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTrajectoryProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportTrajectoryProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressReportInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAssignment"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderAssignmentInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAssignmentDetail"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAssignmentDetailResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignClientToProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignClientInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentClient"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endClientAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentClient"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClientPolisses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Polis"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    draftPolis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolisDraftInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolisResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolisResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePolisDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolisDraftUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolisResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPolisVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolisVersionInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolisResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signPolisVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolisSignInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolisResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadPolisPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyPolisses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolisResponse"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signMyPolisVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolisSignInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolisResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadMyPolisPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrbProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProgrammeSummary"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPrbProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbProgrammeInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProgramme"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPrbProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProgrammeResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPrbAdvisor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbAdvisorInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProgrammeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    admitPrbParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbAdmissionInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbParticipant"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPrbParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbParticipantResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPrbProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbProposalInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProposalResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePrbProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbProposalUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProposalResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPrbProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProposalResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decidePrbProposal: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbDecisionInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProposalResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPrbInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbInvoiceInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbCommitmentResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyPrb: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPrbParticipation"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMyPrbProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbProposalInputRequest"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProposalResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyPrbProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrbProposalUpdateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProposalResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitMyPrbProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrbProposalResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrajectoryReport: {
        parameters: {
            query: {
                groupBy: "programme" | "instrument" | "provider";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrajectoryReport"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportTrajectoryReport: {
        parameters: {
            query: {
                groupBy: "programme" | "instrument" | "provider";
                from?: string;
                to?: string;
                format: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsMarkedRead"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                due?: "overdue" | "today" | "week";
                subjectType?: components["schemas"]["TaskSubjectType"];
                status?: "open" | "done" | "cancelled";
                clientId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBulkCompleteInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBulkResult"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCompleteInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCancelInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyAgenda: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"][];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyAgenda: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    planAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClientAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyPortalAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalAppointment"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClientNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    writeClientNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClientWorkfirst: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientWorkfirst"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerWorkfirstApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstApplicationInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstApplicationResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkfirstApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstApplicationPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstApplicationResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logWorkfirstSearchWeek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                applicationId: string;
                weekStart: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstSearchWeekInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstApplicationResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startWorkfirstPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstPlacementInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstPlacementResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkfirstPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstPlacementPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstPlacementResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerWorkfirstAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                placementId: string;
                weekStart: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstAttendanceInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstAttendanceResult"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordWorkfirstDiagnosis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstDiagnosisInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstPlacementResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideWorkfirstMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstMeasureDecision"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstMeasure"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkfirstWeek: {
        parameters: {
            query: {
                week: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstWeek"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkfirstRegulations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstRegulation"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setWorkfirstRegulation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                validFrom: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstRegulationInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstRegulation"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    workfirstReport: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstReport"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyWorkfirstMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstPortalMeasure"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    respondToWorkfirstMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkfirstMeasureResponse"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkfirstPortalMeasure"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReleaseNotices: {
        parameters: {
            query?: {
                status?: "open" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeSummary"][];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendReleaseNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseNoticeInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNotice"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerReleaseWithoutNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseWithoutNoticeInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReleaseNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReleaseDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                domain: "id_document" | "housing" | "income_work" | "debts" | "care" | "social_network";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AftercareDomainInputRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AftercareReleaseInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordReleaseAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AftercareAssessmentInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    planWarmHandover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AftercareHandoverInput"];
            };
        };
        responses: {
            /** @description Aangemaakt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProlificOffender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AftercareProlificInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAftercareWork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AftercareWorkInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseNoticeResponse"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClientFromReleaseNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AftercareBecomeClientInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AftercareBecomeClientResult"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden (of niet zichtbaar voor uw organisatie) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAftercareOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AftercareOrganisations"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    aftercareReport: {
        parameters: {
            query: {
                from: string;
                to: string;
                scope?: "municipality" | "region";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AftercareReport"];
                };
            };
            /** @description Ongeldige invoer (invalidParams noemt de velden) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
