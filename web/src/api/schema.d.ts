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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
            note: string | null;
        };
        ConsentInput: {
            /** Format: uuid */
            organisationId: string;
            note?: string | null;
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
                roles: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
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
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            roles: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
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
            roles: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
            password: string;
        };
        UserPatch: {
            name?: string;
            roles?: ("klantmanager" | "werkgeversadviseur" | "jobcoach" | "prb_werkadviseur" | "nazorgcoordinator" | "uitvoeringsbureau" | "contractmanager_social_return" | "beleidsadviseur" | "functioneel_beheerder" | "werkzoekende" | "werkgever" | "inlener")[];
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
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
}
