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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BsnSearch: {
            bsn: string;
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
}
