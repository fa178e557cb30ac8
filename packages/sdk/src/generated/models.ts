/**
 * The model catalog and request limits of the VideoGen API.
 * Generated from the bundled spec (spec/dist/openapi.json) by `pnpm generate`. Do not edit:
 * change spec/ and regenerate. CI regenerates and fails on any difference.
 */

/** The contract's first server: where a client sends requests unless told otherwise. */
export const DEFAULT_BASE_URL = "https://videogenapi.com/api";

/** The model used when a request names none. */
export const DEFAULT_MODEL = "sora-2" as const;

/** Every model key, in the order the contract lists them. */
export const MODEL_KEYS = [
  "sora-2",
  "higgsfield_v1",
  "kling_25",
  "veo_3",
  "nanobanana-video",
  "pixverse",
  "ltxv-13b",
  "veo-31",
  "seedance",
  "wan-25"
] as const;

/** Per-model limits and defaults, keyed by model key. */
export const MODELS = {
  "sora-2": {
    "key": "sora-2",
    "name": "Sora 2",
    "provider": "OpenAI",
    "tier": "free",
    "description": "Sora 2, developed by OpenAI, is the best model for generating highly realistic videos and audio with precise physical simulations and synchronized dialogue.",
    "durations": {
      "min": 10,
      "max": 10,
      "default": 10
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  },
  "higgsfield_v1": {
    "key": "higgsfield_v1",
    "name": "Higgsfield",
    "provider": "Higgsfield AI",
    "tier": "free",
    "description": "Advanced AI model with excellent motion understanding and photorealistic output. Perfect for cinematic scenes.",
    "durations": {
      "min": 5,
      "max": 15,
      "default": 5
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video"
    ]
  },
  "kling_25": {
    "key": "kling_25",
    "name": "Kling 2.5",
    "provider": "Kuaishou",
    "tier": "free",
    "description": "Kling 2.5 Turbo Pro: top-tier text-to-video generation with unparalleled motion fluidity, cinematic visuals, and exceptional prompt precision.",
    "durations": {
      "min": 5,
      "max": 10,
      "default": 5
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  },
  "veo_3": {
    "key": "veo_3",
    "name": "Veo 3 Fast",
    "provider": "Google",
    "tier": "premium",
    "description": "Google's most advanced video generation model with unparalleled quality and incredible detail.",
    "durations": {
      "min": 8,
      "max": 8,
      "default": 8
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  },
  "nanobanana-video": {
    "key": "nanobanana-video",
    "name": "Nano Banana",
    "provider": "Google",
    "tier": "free",
    "description": "Lightweight and fast AI model for quick creative video generation. Perfect for short clips and rapid prototyping.",
    "durations": {
      "min": 5,
      "max": 10,
      "default": 5
    },
    "resolutions": [
      "480p",
      "720p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  },
  "pixverse": {
    "key": "pixverse",
    "name": "Pixverse V5",
    "provider": "PixVerse",
    "tier": "free",
    "description": "Pixverse V5 is a proprietary AI model that generates highly realistic, high-quality videos.",
    "durations": {
      "min": 5,
      "max": 8,
      "default": 5
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  },
  "ltxv-13b": {
    "key": "ltxv-13b",
    "name": "LTX-Video 13B",
    "provider": "Lightricks",
    "tier": "free",
    "description": "LTX-Video 13B: long clips (up to 60 s) at 480p.",
    "durations": {
      "min": 1,
      "max": 60,
      "default": 5
    },
    "resolutions": [
      "480p"
    ],
    "defaultResolution": "480p",
    "modes": [
      "text-to-video"
    ]
  },
  "veo-31": {
    "key": "veo-31",
    "name": "Veo 3.1",
    "provider": "Google",
    "tier": "premium",
    "description": "Google's cutting-edge video generation model, delivering unmatched quality, hyper-realistic details, and enhanced creative control for stunning visuals.",
    "durations": {
      "min": 8,
      "max": 8,
      "default": 8
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  },
  "seedance": {
    "key": "seedance",
    "name": "Seedance",
    "provider": "ByteDance",
    "tier": "free",
    "description": "Lightning-fast model perfect for quick prototyping and creative experimentation.",
    "durations": {
      "min": 5,
      "max": 10,
      "default": 5
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  },
  "wan-25": {
    "key": "wan-25",
    "name": "Wan 2.5",
    "provider": "Alibaba",
    "tier": "free",
    "description": "Wan 2.5 Video is an open-source AI model capable of automatically generating realistic videos with audio.",
    "durations": {
      "min": 1,
      "max": 30,
      "default": 5
    },
    "resolutions": [
      "480p",
      "720p",
      "1080p"
    ],
    "defaultResolution": "720p",
    "modes": [
      "text-to-video",
      "image-to-video"
    ]
  }
} as const;

/**
 * Only what request validation reads from MODELS, so a client that validates stays small. Per model:
 * [minimum duration, maximum duration, resolutions, whether it takes an `image_url` (image-to-video)].
 */
export const MODEL_RULES = {
  "sora-2": [10, 10, ["480p", "720p", "1080p"], true],
  "higgsfield_v1": [5, 15, ["480p", "720p", "1080p"], false],
  "kling_25": [5, 10, ["480p", "720p", "1080p"], true],
  "veo_3": [8, 8, ["480p", "720p", "1080p"], true],
  "nanobanana-video": [5, 10, ["480p", "720p"], true],
  "pixverse": [5, 8, ["480p", "720p", "1080p"], true],
  "ltxv-13b": [1, 60, ["480p"], false],
  "veo-31": [8, 8, ["480p", "720p", "1080p"], true],
  "seedance": [5, 10, ["480p", "720p", "1080p"], true],
  "wan-25": [1, 30, ["480p", "720p", "1080p"], true],
} as const;

/**
 * What the client's default pre-flight reads from LIMITS, keyed by request field: the prompt's
 * length in code points as [min, max], and the allowed aspect ratios.
 */
export const FIELD_RULES = {
  "prompt": [1, 1000],
  "aspect_ratio": ["16:9", "4:3", "1:1", "9:21"],
} as const;

/**
 * The rest of the request rules, read only by `validateGenerateRequest` (so a client that does not
 * call it does not carry them): `image_url` as [maximum length, pattern], the seed range, the
 * audio_prompt length.
 */
export const STRICT_FIELD_RULES = {
  "image_url": [2048, /^https?:\/\/[^\s/?#]+[^\s?#]*\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[gG][iI][fF]|[wW][eE][bB][pP])(?:[?#]\S*)?$/],
  "seed": [-1, 4294967295],
  "audio_prompt": [1, 1000],
} as const;

/** Limits that apply to every request, whatever the model. */
export const LIMITS = {
  "promptMinLength": 1,
  "promptMaxLength": 1000,
  "audioPromptMinLength": 1,
  "audioPromptMaxLength": 1000,
  "imageUrlMaxLength": 2048,
  "imageUrlPattern": "^https?://[^\\s/?#]+[^\\s?#]*\\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[gG][iI][fF]|[wW][eE][bB][pP])(?:[?#]\\S*)?$",
  "seedMin": -1,
  "seedMax": 4294967295,
  "seedDefault": -1,
  "aspectRatios": [
    "16:9",
    "4:3",
    "1:1",
    "9:21"
  ],
  "defaultAspectRatio": "16:9",
  "resolutions": [
    "480p",
    "720p",
    "1080p"
  ],
  "pageMax": 100000,
  "limitMin": 1,
  "limitMax": 100,
  "limitDefault": 10
} as const;

/** Every generation status, in lifecycle order. */
export const GENERATION_STATUSES = [
  "pending",
  "in_queue",
  "in_progress",
  "completed",
  "failed"
] as const;

/** Statuses after which a generation never changes again. */
export const TERMINAL_STATUSES = [
  "completed",
  "failed"
] as const;

/** Every error `code` an error body can carry, with what it means and what to do. */
export const ERROR_CODES = {
  "invalid_json": "400: the body is not valid JSON. Send a JSON object.",
  "json_too_deep": "400: the JSON body nests objects or arrays more than 32 levels deep. Send a flat JSON object, as the request schema describes.",
  "malformed_request": "400: the HTTP request itself is malformed (a header with bytes HTTP does not allow, a missing or invalid `Host`, a broken request line). Fix the client or proxy that builds the request.",
  "missing_parameter": "400: a required parameter is absent (`param` names it). Add it.",
  "invalid_parameter": "400: a parameter has the wrong type or a value outside what is allowed, for this model where limits are per model (`param` names it). Fix the value; the message lists what is allowed.",
  "unknown_parameter": "400: a parameter that the operation does not define (`param` names it). Remove it or fix its spelling.",
  "idempotency_key_reused": "400: the `Idempotency-Key` was already used with a different body. Use a new key for a new request.",
  "missing_api_key": "401: no `Authorization: Bearer …` header. Send your API key.",
  "invalid_api_key": "401: the key is malformed, unknown or revoked. Check the key.",
  "not_found": "404: no such route, or no generation with this id for this key. Check the id and the key.",
  "video_not_ready": "404: the generation exists but has no video (yet, or because it failed). Wait until status is `completed`.",
  "method_not_allowed": "405: the path exists but does not offer this method. Use one of the methods that the `Allow` header lists.",
  "request_timeout": "408: the request headers did not arrive in time, so the server closed the connection. Send the whole request at once, then retry.",
  "payload_too_large": "413: the body is larger than the API accepts. Send a smaller body.",
  "unsupported_media_type": "415: the body is not `application/json`. Set `Content-Type: application/json`.",
  "range_not_satisfiable": "416: the `Range` lies outside the file. Ask for bytes within `Content-Length`.",
  "rate_limited": "429: too many requests in a short time. Wait `Retry-After` seconds and retry.",
  "quota_exceeded": "429: the monthly generation limit is used up. Do not retry before `usage.resets_at` (see `GET /v1/user`), or upgrade the plan.",
  "headers_too_large": "431: the request headers are larger than the server accepts. Send fewer or shorter headers (a long `Cookie` or a repeated header is the usual cause).",
  "internal_error": "500: the server failed. Retrying later is safe for reads; retry a generate only with the same `Idempotency-Key`.",
  "service_unavailable": "503: the service is overloaded or down for maintenance. Wait `Retry-After` seconds and retry; retry a generate only with the same `Idempotency-Key`."
} as const;

/** Every reason a generation can fail with, with what to do. */
export const FAILURE_CODES = {
  "content_policy": "The prompt or image was refused by the model's content policy. Change the input.",
  "image_unreachable": "The `image_url` could not be downloaded or decoded. Check that it is public.",
  "model_error": "The model failed to render. Submitting again usually works.",
  "timeout": "The model took too long. Submitting again, or a shorter duration, usually works."
} as const;
