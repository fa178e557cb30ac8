/**
 * Types of every path, operation and schema of the VideoGen API.
 * Generated from the bundled spec (spec/dist/openapi.json) by `pnpm generate`. Do not edit:
 * change spec/ and regenerate. CI regenerates and fails on any difference.
 */
export interface paths {
    "/v1/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a video
         * @description Submits a generation and answers at once; the video is made asynchronously. The mode follows
         *     from the body: `prompt` alone is text-to-video, `prompt` with `image_url` is image-to-video.
         *     Each model accepts its own durations, resolutions and modes (see the request schema), and
         *     omitted parameters take that model's defaults. Each accepted request counts once towards
         *     the monthly usage, whatever its outcome.
         *
         *     Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body returns
         *     the first answer instead of starting a second generation.
         */
        post: operations["generateVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/status/{generation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a generation's status
         * @description Reports one generation of this API key. While it is not finished, `progress` estimates how far
         *     it is and `poll_interval_ms` says when to ask again; once `completed` it carries the public
         *     `video_url`, and once `failed` the `error` that ended it. Generations of other keys answer `404`.
         */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List generations
         * @description Pages through this API key's generations, newest first. Each item has the same shape as
         *     `GET /v1/status/{generation_id}` reports. Follow `pagination.has_more` to the end.
         */
        get: operations["listGenerations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user and usage
         * @description The API key's user, plan, and this month's usage against the monthly limit, with when it resets.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/video/{generation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `generation_id` returned by `POST /v1/generate`.
                 * @example gen_686717fe97bd3_055867
                 */
                generation_id: components["parameters"]["GenerationIdPath"];
            };
            cookie?: never;
        };
        /**
         * Download the video
         * @description The finished MP4 (H.264, 30 fps) that `video_url` points to. Public: no API key is needed, so
         *     the link can be shared. Supports one byte range per request (`206`), for resuming a download
         *     and for seeking in a `<video>` element.
         */
        get: operations["getVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Inspect the video
         * @description The headers of `GET /v1/video/{generation_id}` without the body, to learn the size before downloading.
         */
        head: operations["headVideo"];
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Guidance for the sound effects. Only allowed together with `add_audio: true`.
         * @example Cheerful ambient sounds with soft nature background
         */
        AudioPrompt: string;
        /**
         * @description What the video should show. Required in both modes. Length is counted in Unicode code points.
         * @example A cat playing with a ball in a sunny garden
         */
        Prompt: string;
        /**
         * @description Width:height of the output, text-to-video mode only (image-to-video follows the source image).
         *     `9:21` is a tall portrait frame, as documented.
         * @default 16:9
         * @enum {string}
         */
        AspectRatio: "16:9" | "4:3" | "1:1" | "9:21";
        /**
         * @description Seed for reproducible output. `-1` (the default) lets the server pick one; the seed actually
         *     used is reported in the response.
         * @default -1
         * @example 42
         */
        Seed: number;
        /**
         * @description Keep the camera still.
         * @default false
         */
        CameraFixed: boolean;
        /**
         * @description Add AI sound effects (Mirelo SFX V1.5) after the video is generated. Adds roughly 10–30 s
         *     of processing under the same `generation_id`.
         * @default false
         */
        AddAudio: boolean;
        /**
         * Sora 2 · text-to-video
         * @description `sora-2` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        Sora2TextToVideo: {
            /**
             * @description The model key. Optional for this model only, as it is the default.
             * @default sora-2
             * @enum {string}
             */
            model?: "sora-2";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (10 s only for this model).
             * @default 10
             * @enum {integer}
             */
            duration?: 10;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Format: uri
         * @description Public `http(s)` URL of the source image. Its path must end in `.jpg`, `.jpeg`, `.png`, `.gif`
         *     or `.webp` (any letter case); a query string or fragment may follow. Sending it switches the
         *     request to image-to-video mode, which only some models support.
         * @example https://example.com/images/my-dog.jpg
         */
        ImageUrl: string;
        /**
         * Sora 2 · image-to-video
         * @description `sora-2` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        Sora2ImageToVideo: {
            /**
             * @description The model key. Optional for this model only, as it is the default.
             * @default sora-2
             * @enum {string}
             */
            model?: "sora-2";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (10 s only for this model).
             * @default 10
             * @enum {integer}
             */
            duration?: 10;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Sora 2 (sora-2)
         * @description Sora 2, developed by OpenAI, is the best model for generating highly realistic videos and audio with precise physical simulations and synchronized dialogue.
         */
        Sora2Request: components["schemas"]["Sora2TextToVideo"] | components["schemas"]["Sora2ImageToVideo"];
        /**
         * Higgsfield (higgsfield_v1)
         * @description Advanced AI model with excellent motion understanding and photorealistic output. Perfect for cinematic scenes.
         */
        HiggsfieldV1Request: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "higgsfield_v1";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (5–15 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Kling 2.5 · text-to-video
         * @description `kling_25` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        Kling25TextToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "kling_25";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (5–10 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8 | 9 | 10;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Kling 2.5 · image-to-video
         * @description `kling_25` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        Kling25ImageToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "kling_25";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (5–10 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8 | 9 | 10;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Kling 2.5 (kling_25)
         * @description Kling 2.5 Turbo Pro: top-tier text-to-video generation with unparalleled motion fluidity, cinematic visuals, and exceptional prompt precision.
         */
        Kling25Request: components["schemas"]["Kling25TextToVideo"] | components["schemas"]["Kling25ImageToVideo"];
        /**
         * Veo 3 Fast · text-to-video
         * @description `veo_3` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        Veo3TextToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "veo_3";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (8 s only for this model).
             * @default 8
             * @enum {integer}
             */
            duration?: 8;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Veo 3 Fast · image-to-video
         * @description `veo_3` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        Veo3ImageToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "veo_3";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (8 s only for this model).
             * @default 8
             * @enum {integer}
             */
            duration?: 8;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Veo 3 Fast (veo_3)
         * @description Google's most advanced video generation model with unparalleled quality and incredible detail.
         */
        Veo3Request: components["schemas"]["Veo3TextToVideo"] | components["schemas"]["Veo3ImageToVideo"];
        /**
         * Nano Banana · text-to-video
         * @description `nanobanana-video` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        NanobananaVideoTextToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "nanobanana-video";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (5–10 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8 | 9 | 10;
            /**
             * @description Output resolution, up to this model's maximum (720p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Nano Banana · image-to-video
         * @description `nanobanana-video` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        NanobananaVideoImageToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "nanobanana-video";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (5–10 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8 | 9 | 10;
            /**
             * @description Output resolution, up to this model's maximum (720p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Nano Banana (nanobanana-video)
         * @description Lightweight and fast AI model for quick creative video generation. Perfect for short clips and rapid prototyping.
         */
        NanobananaVideoRequest: components["schemas"]["NanobananaVideoTextToVideo"] | components["schemas"]["NanobananaVideoImageToVideo"];
        /**
         * Pixverse V5 · text-to-video
         * @description `pixverse` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        PixverseTextToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "pixverse";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (5–8 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Pixverse V5 · image-to-video
         * @description `pixverse` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        PixverseImageToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "pixverse";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (5–8 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Pixverse V5 (pixverse)
         * @description Pixverse V5 is a proprietary AI model that generates highly realistic, high-quality videos.
         */
        PixverseRequest: components["schemas"]["PixverseTextToVideo"] | components["schemas"]["PixverseImageToVideo"];
        /**
         * LTX-Video 13B (ltxv-13b)
         * @description LTX-Video 13B: long clips (up to 60 s) at 480p.
         */
        Ltxv13bRequest: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "ltxv-13b";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (1–60 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46 | 47 | 48 | 49 | 50 | 51 | 52 | 53 | 54 | 55 | 56 | 57 | 58 | 59 | 60;
            /**
             * @description Output resolution, up to this model's maximum (480p).
             * @default 480p
             * @enum {string}
             */
            resolution?: "480p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Veo 3.1 · text-to-video
         * @description `veo-31` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        Veo31TextToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "veo-31";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (8 s only for this model).
             * @default 8
             * @enum {integer}
             */
            duration?: 8;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Veo 3.1 · image-to-video
         * @description `veo-31` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        Veo31ImageToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "veo-31";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (8 s only for this model).
             * @default 8
             * @enum {integer}
             */
            duration?: 8;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Veo 3.1 (veo-31)
         * @description Google's cutting-edge video generation model, delivering unmatched quality, hyper-realistic details, and enhanced creative control for stunning visuals.
         */
        Veo31Request: components["schemas"]["Veo31TextToVideo"] | components["schemas"]["Veo31ImageToVideo"];
        /**
         * Seedance · text-to-video
         * @description `seedance` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        SeedanceTextToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "seedance";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (5–10 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8 | 9 | 10;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Seedance · image-to-video
         * @description `seedance` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        SeedanceImageToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "seedance";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (5–10 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 5 | 6 | 7 | 8 | 9 | 10;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Seedance (seedance)
         * @description Lightning-fast model perfect for quick prototyping and creative experimentation.
         */
        SeedanceRequest: components["schemas"]["SeedanceTextToVideo"] | components["schemas"]["SeedanceImageToVideo"];
        /**
         * Wan 2.5 · text-to-video
         * @description `wan-25` from a prompt alone. `aspect_ratio` sets the frame; `image_url` is not accepted.
         */
        Wan25TextToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "wan-25";
            prompt: components["schemas"]["Prompt"];
            /**
             * @description Length in seconds (1–30 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            aspect_ratio?: components["schemas"]["AspectRatio"];
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            image_url?: never;
        };
        /**
         * Wan 2.5 · image-to-video
         * @description `wan-25` from an image and a prompt. `image_url` is required; `aspect_ratio` is not accepted (the image sets the frame).
         */
        Wan25ImageToVideo: {
            /**
             * @description The model key.
             * @enum {string}
             */
            model: "wan-25";
            prompt: components["schemas"]["Prompt"];
            image_url: components["schemas"]["ImageUrl"];
            /**
             * @description Length in seconds (1–30 s for this model).
             * @default 5
             * @enum {integer}
             */
            duration?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30;
            /**
             * @description Output resolution, up to this model's maximum (1080p).
             * @default 720p
             * @enum {string}
             */
            resolution?: "480p" | "720p" | "1080p";
            seed?: components["schemas"]["Seed"];
            camera_fixed?: components["schemas"]["CameraFixed"];
            add_audio?: components["schemas"]["AddAudio"];
            audio_prompt?: components["schemas"]["AudioPrompt"];
            aspect_ratio?: never;
        };
        /**
         * Wan 2.5 (wan-25)
         * @description Wan 2.5 Video is an open-source AI model capable of automatically generating realistic videos with audio.
         */
        Wan25Request: components["schemas"]["Wan25TextToVideo"] | components["schemas"]["Wan25ImageToVideo"];
        /**
         * @description One request shape per model: `model` selects the branch, and each branch states that model's
         *     durations, resolutions and defaults. A model with image-to-video has two complete shapes, one
         *     per mode: `image_url` present is image-to-video, absent is text-to-video. Omitting `model`
         *     selects `sora-2`. Unknown fields are rejected; `audio_prompt` needs `add_audio: true`.
         */
        GenerateRequest: components["schemas"]["Sora2Request"] | components["schemas"]["HiggsfieldV1Request"] | components["schemas"]["Kling25Request"] | components["schemas"]["Veo3Request"] | components["schemas"]["NanobananaVideoRequest"] | components["schemas"]["PixverseRequest"] | components["schemas"]["Ltxv13bRequest"] | components["schemas"]["Veo31Request"] | components["schemas"]["SeedanceRequest"] | components["schemas"]["Wan25Request"];
        /** @description Every successful JSON answer carries `success: true`; errors carry `success: false`. */
        SuccessFlag: {
            /** @constant */
            success: true;
        };
        /**
         * @description Identifies one generation. Unguessable; also the key of its public video URL.
         * @example gen_686717fe97bd3_055867
         */
        GenerationId: string;
        /**
         * @description Where a generation is in its lifecycle. `completed` and `failed` are final.
         * @enum {string}
         */
        GenerationStatus: "pending" | "in_queue" | "in_progress" | "completed" | "failed";
        /**
         * @description The mode, detected from the request (`image_url` present → image-to-video).
         * @enum {string}
         */
        GenerationType: "text-to-video" | "image-to-video";
        /**
         * @description A model key, as accepted by `POST /v1/generate`. Models may be added in a minor release: a client reading answers must accept a key it does not know.
         * @enum {string}
         */
        ModelKey: "sora-2" | "higgsfield_v1" | "kling_25" | "veo_3" | "nanobanana-video" | "pixverse" | "ltxv-13b" | "veo-31" | "seedance" | "wan-25";
        /** @description The model that runs a generation. */
        ModelInfo: {
            key: components["schemas"]["ModelKey"];
            /**
             * @description Display name.
             * @example Kling 2.5
             */
            name: string;
            /**
             * @description Company behind the model.
             * @example Kuaishou
             */
            provider: string;
        };
        /**
         * @description Output height class: `480p` (854×480 at 16:9), `720p` (1280×720), `1080p` (1920×1080).
         *     Each model accepts every resolution up to its own maximum; no model offers `4K`.
         * @enum {string}
         */
        Resolution: "480p" | "720p" | "1080p";
        /** @description Fields every generation reports, whatever its status. */
        GenerationBase: {
            generation_id: components["schemas"]["GenerationId"];
            status: components["schemas"]["GenerationStatus"];
            type: components["schemas"]["GenerationType"];
            model: components["schemas"]["ModelInfo"];
            prompt: components["schemas"]["Prompt"];
            /** @description Length in seconds, after defaults were applied. */
            duration: number;
            resolution: components["schemas"]["Resolution"];
            /** @description The frame for text-to-video; `null` for image-to-video, where the source image sets it. */
            aspect_ratio: components["schemas"]["AspectRatio"] | null;
            /**
             * @description Rendering style the model applied.
             * @example realistic
             */
            style: string;
            /**
             * @description Frames per second of the output. Always 30.
             * @constant
             */
            fps: 30;
            /** @description The seed actually used (picked by the server when the request sent `-1` or none). */
            seed: number;
            /** @description Whether an audio pass was requested. */
            add_audio: boolean;
            /** @description The audio guidance, when one was sent. */
            audio_prompt?: string;
            /**
             * Format: date-time
             * @description When the request was accepted (RFC 3339, UTC).
             */
            created_at: string;
        };
        /**
         * Format: uuid
         * @description Identifies the HTTP request; quote it when contacting support.
         * @example 24076931-9c23-4d18-a1d4-9d5cb5369c62
         */
        RequestId: string;
        /** @description The key's generations this calendar month (UTC) against its monthly limit. */
        Usage: {
            /** @description Generations accepted this month, including the one just submitted. */
            current_month_usage: number;
            /** @description Generations allowed per month. */
            monthly_limit: number;
        };
        /**
         * @description The accepted generation, in its first status. Poll `status_url` (relative to the server URL)
         *     until it ends.
         */
        GenerateResponse: components["schemas"]["SuccessFlag"] & components["schemas"]["GenerationBase"] & {
            request_id: components["schemas"]["RequestId"];
            /**
             * Format: uri-reference
             * @description Path of this generation's status, relative to the server URL (`/v1/status/{generation_id}`).
             */
            status_url: string;
            /** @description A sentence for people. */
            message: string;
            usage: components["schemas"]["Usage"];
        };
        /**
         * @description Machine-readable reason. Branch on this, not on `message`. New codes may be added in a minor release: treat an unknown code by its HTTP status.
         * @enum {string}
         */
        ErrorCode: "invalid_json" | "json_too_deep" | "malformed_request" | "missing_parameter" | "invalid_parameter" | "unknown_parameter" | "idempotency_key_reused" | "missing_api_key" | "invalid_api_key" | "not_found" | "video_not_ready" | "method_not_allowed" | "request_timeout" | "payload_too_large" | "unsupported_media_type" | "range_not_satisfiable" | "rate_limited" | "quota_exceeded" | "headers_too_large" | "internal_error" | "service_unavailable";
        /** @description One problem of a request that was refused with `400`. */
        ErrorDetail: {
            /**
             * @description The request parameter at fault (a body field, query parameter, path parameter or header name).
             * @example duration
             */
            param: string;
            /**
             * @description What is wrong with this parameter and what it accepts, for people. Never contains the API key.
             * @example duration 15 is not available for veo_3; it accepts 8.
             */
            message: string;
        };
        /** @description The body of every error answer (4xx and 5xx). */
        Error: {
            /** @constant */
            success: false;
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description What went wrong and what to do, for people. Never contains the API key. */
                message: string;
                /**
                 * @description The request parameter at fault, when there is one (a body field, query parameter, path parameter or header name).
                 * @example duration
                 */
                param?: string;
                /**
                 * @description Every problem found in the request, one entry per parameter at fault, in the order a person should fix them.
                 *     Sent with `400` validation errors (`invalid_parameter`, `missing_parameter`, `unknown_parameter`) of request
                 *     bodies and parameters; absent from other errors. The first entry repeats the top-level `message` and `param`,
                 *     so a client that reads only those still sees the first problem.
                 */
                errors?: components["schemas"]["ErrorDetail"][];
            };
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * Pending, queued or in progress
         * @description A generation that has not finished yet.
         */
        GenerationActive: components["schemas"]["GenerationBase"] & {
            /** @enum {string} */
            status: "pending" | "in_queue" | "in_progress";
            /**
             * @description While `in_progress`, which pass is running; `audio` only when `add_audio` is set.
             * @enum {string}
             */
            phase?: "video" | "audio";
            /** @description Estimated completion in percent. */
            progress: number;
            /** @description How long the server suggests waiting before polling this generation again. */
            poll_interval_ms: number;
        };
        /**
         * Completed
         * @description A finished generation; its MP4 is at `video_url`.
         */
        GenerationCompleted: components["schemas"]["GenerationBase"] & {
            /** @enum {string} */
            status: "completed";
            /**
             * Format: uri
             * @description Absolute, public URL of the MP4 (`GET /v1/video/{generation_id}`); shareable without a key.
             */
            video_url: string;
            /** @description Seconds from acceptance to completion. */
            processing_time: number;
            /**
             * Format: date-time
             * @description When the generation completed (RFC 3339, UTC).
             */
            completed_at: string;
        };
        /**
         * @description Why a generation failed, machine-readable. Branch on this, not on `message`. New codes may be added in a minor release: treat an unknown code as a failure to show `message` for.
         * @enum {string}
         */
        FailureCode: "content_policy" | "image_unreachable" | "model_error" | "timeout";
        /** @description Why a generation failed. Failed generations still count towards the monthly usage. */
        GenerationFailure: {
            code: components["schemas"]["FailureCode"];
            /** @description A sentence for people; do not parse it. */
            message: string;
        };
        /**
         * Failed
         * @description A generation that ended without a video.
         */
        GenerationFailed: components["schemas"]["GenerationBase"] & {
            /** @enum {string} */
            status: "failed";
            error: components["schemas"]["GenerationFailure"];
            /**
             * Format: date-time
             * @description When the generation failed (RFC 3339, UTC).
             */
            completed_at: string;
        };
        /** @description A generation as reported by status and list; `status` tells which fields are present. */
        Generation: components["schemas"]["GenerationActive"] | components["schemas"]["GenerationCompleted"] | components["schemas"]["GenerationFailed"];
        /** @description One generation. Narrow on `status` to reach `video_url` (completed) or `error` (failed). */
        StatusResponse: components["schemas"]["SuccessFlag"] & components["schemas"]["Generation"];
        /** @description Where this page sits in the whole list. */
        Pagination: {
            /** @description This page's number, from 1. */
            page: number;
            /** @description Items per page, as requested. */
            limit: number;
            /** @description Generations of this key in all pages. */
            total: number;
            /** @description Number of pages at this `limit` (0 when there are none). */
            total_pages: number;
            /** @description Whether a later page exists. */
            has_more: boolean;
        };
        /** @description One page of the key's generations, newest first. */
        GenerationList: components["schemas"]["SuccessFlag"] & {
            generations: components["schemas"]["Generation"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description This month's usage, with what remains and when the count resets. */
        UsageDetails: components["schemas"]["Usage"] & {
            /** @description Generations left this month (`monthly_limit − current_month_usage`, at least 0). */
            remaining: number;
            /**
             * Format: date-time
             * @description When `current_month_usage` returns to 0 — the first instant of next month, UTC.
             */
            resets_at: string;
        };
        /** @description The key's owner, plan and this month's usage. */
        UserResponse: components["schemas"]["SuccessFlag"] & {
            user: {
                /**
                 * @description The account's id.
                 * @example usr_8f2c1a
                 */
                id: string;
                /** Format: email */
                email: string;
                name: string;
                /** Format: date-time */
                created_at: string;
            };
            plan: {
                /**
                 * @description The plan's identifier.
                 * @example free
                 */
                key: string;
                /** @description Display name of the plan. */
                name: string;
            };
            usage: components["schemas"]["UsageDetails"];
        };
        /** @description An MP4 file (H.264 video at 30 fps, AAC audio when `add_audio` was set). */
        VideoFile: string;
    };
    responses: {
        /** @description The request is malformed or a parameter is missing, unknown or out of range. `error.param` names it; for invalid, missing or unknown parameters `error.errors` lists every problem of the request, the first one repeating `error.param` and `error.message`. Also a body nested more than 32 levels deep (`json_too_deep`) and a malformed HTTP request (`malformed_request`); on the local simulator, a malformed `X-Simulator-Fault` header (`invalid_parameter`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing, malformed or unknown. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The path exists but does not offer this method (`method_not_allowed`). `Allow` lists the methods it does offer. */
        MethodNotAllowed: {
            headers: {
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request headers did not arrive in time (`request_timeout`); the server closes the connection after this answer. */
        RequestTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body exceeds the accepted size (`x-max-body-bytes` of the request body, 65536 bytes). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit (`rate_limited`, with `Retry-After`, `RateLimit` and `RateLimit-Policy`) or monthly quota (`quota_exceeded`, no `Retry-After`; do not retry before the reset its message gives, as does `usage.resets_at` of `GET /v1/user`). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request headers are larger than the server accepts (`headers_too_large`); the server closes the connection after this answer. */
        RequestHeaderFieldsTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server failed. Reads are safe to retry; retry a generate only with the same `Idempotency-Key`. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service is overloaded or down for maintenance (`service_unavailable`). Retry after `Retry-After` seconds; retry a generate only with the same `Idempotency-Key`. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfterRequired"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A query, path or header parameter is malformed or out of range (`error.param` names it; `error.errors` lists every parameter at fault), or the HTTP request itself is malformed (`malformed_request`). On the local simulator, also a malformed `X-Simulator-Fault` header. */
        BadQuery: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No generation with this id for this API key (another key's generations are not found either), or no such route. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The HTTP request itself is malformed (`malformed_request`), e.g. a header holds bytes HTTP does not allow or `Host` is missing. On the local simulator, also a malformed `X-Simulator-Fault` header (`invalid_parameter`). */
        MalformedRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such generation, or it has no video yet (`video_not_ready`). */
        VideoNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `Range` lies outside the file. */
        RangeNotSatisfiable: {
            headers: {
                "Content-Range": components["headers"]["ContentRange"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Makes a retried `POST /v1/generate` safe. The first request with a key creates the generation;
         *     a repeat with the same key and the same body within 24 hours creates nothing and gets the
         *     first answer again (with `Idempotent-Replayed: true`). The same key with a different body gets
         *     `400 idempotency_key_reused`. Keys are scoped to the API key. Use a fresh random value (a UUID)
         *     per new generation.
         * @example 5f0c6a4e-7b9d-4c55-9a39-2f1f0f6c1d2e
         */
        IdempotencyKey: string;
        /**
         * @description The `generation_id` returned by `POST /v1/generate`.
         * @example gen_686717fe97bd3_055867
         */
        GenerationIdPath: components["schemas"]["GenerationId"];
        /**
         * @description Page number, from 1. A page past the end is empty.
         * @example 1
         */
        Page: number;
        /**
         * @description Generations per page.
         * @example 10
         */
        Limit: number;
        /**
         * @description One byte range (`bytes=start-end`, `bytes=start-` or `bytes=-suffix`), to resume or seek.
         * @example bytes=0-1023
         */
        Range: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Present when this answer replays an earlier request with the same `Idempotency-Key`.
         * @example true
         */
        IdempotentReplayed: "true";
        /**
         * @description The caller's current service limit, as the `RateLimit` field of the IETF draft
         *     draft-ietf-httpapi-ratelimit-headers-10: the policy's name, `r` the requests left in the current window and `t`
         *     the seconds until the window resets. Sent on the answers of authenticated operations, with `RateLimit-Policy`.
         * @example "requests";r=99;t=1
         */
        RateLimit: string;
        /**
         * @description The rate limit that applies to the API key, as the `RateLimit-Policy` field of the IETF draft
         *     draft-ietf-httpapi-ratelimit-headers-10: the policy's name, `q` the requests allowed per window and `w` the
         *     window in seconds. The monthly generation quota is not a rate limit; `GET /v1/user` reports it.
         * @example "requests";q=100;w=1
         */
        RateLimitPolicy: string;
        /**
         * @description The methods this path offers, e.g. `GET, HEAD, OPTIONS` (`HEAD` wherever `GET` is, `OPTIONS` for CORS preflights). Sent with every `405`.
         * @example GET, HEAD, OPTIONS
         */
        Allow: string;
        /**
         * @description Seconds to wait before retrying. Sent with `rate_limited` (429) and `service_unavailable` (503), never with `quota_exceeded`.
         * @example 2
         */
        RetryAfter: number;
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        RetryAfterRequired: number;
        /**
         * @description Bytes in this answer's body.
         * @example 1048576
         */
        ContentLength: number;
        /**
         * @description Byte ranges are supported.
         * @example bytes
         */
        AcceptRanges: "bytes";
        /**
         * @description Strong validator of the file; stable for a generation.
         * @example "gen_686717fe97bd3_055867-1048576"
         */
        ETag: string;
        /**
         * @description The bytes sent and the file's full size (`bytes start-end/size`), or `bytes *\/size` with 416.
         * @example bytes 0-1023/1048576
         */
        ContentRange: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    generateVideo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried `POST /v1/generate` safe. The first request with a key creates the generation;
                 *     a repeat with the same key and the same body within 24 hours creates nothing and gets the
                 *     first answer again (with `Idempotent-Replayed: true`). The same key with a different body gets
                 *     `400 idempotency_key_reused`. Keys are scoped to the API key. Use a fresh random value (a UUID)
                 *     per new generation.
                 * @example 5f0c6a4e-7b9d-4c55-9a39-2f1f0f6c1d2e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description A JSON object of at most 65536 bytes (larger bodies get `413 payload_too_large`), nesting no more than 32 levels (deeper ones get `400 json_too_deep`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the generation starts `pending`. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `generation_id` returned by `POST /v1/generate`.
                 * @example gen_686717fe97bd3_055867
                 */
                generation_id: components["parameters"]["GenerationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generation; narrow on `status`. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["BadQuery"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGenerations: {
        parameters: {
            query?: {
                /**
                 * @description Page number, from 1. A page past the end is empty.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Generations per page.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerationList"];
                };
            };
            400: components["responses"]["BadQuery"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVideo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One byte range (`bytes=start-end`, `bytes=start-` or `bytes=-suffix`), to resume or seek.
                 * @example bytes=0-1023
                 */
                Range?: components["parameters"]["Range"];
            };
            path: {
                /**
                 * @description The `generation_id` returned by `POST /v1/generate`.
                 * @example gen_686717fe97bd3_055867
                 */
                generation_id: components["parameters"]["GenerationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole file. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": components["schemas"]["VideoFile"];
                };
            };
            /** @description The requested byte range. */
            206: {
                headers: {
                    "Content-Range": components["headers"]["ContentRange"];
                    "Content-Length": components["headers"]["ContentLength"];
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": components["schemas"]["VideoFile"];
                };
            };
            400: components["responses"]["BadQuery"];
            404: components["responses"]["VideoNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            416: components["responses"]["RangeNotSatisfiable"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    headVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The `generation_id` returned by `POST /v1/generate`.
                 * @example gen_686717fe97bd3_055867
                 */
                generation_id: components["parameters"]["GenerationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file exists. */
            200: {
                headers: {
                    "Content-Length": components["headers"]["ContentLength"];
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadQuery"];
            404: components["responses"]["VideoNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
